using Microsoft.Xrm.Sdk;

namespace MsiDynamics.XrmSdk.Tests;

/// <summary>ParameterCollection (InputParameters, SharedVariables) behaves as measured on the real SDK (dataverse.md §1.4).</summary>
public class ParameterCollectionTests
{
    [Test]
    public void Adding_a_duplicate_key_throws_ArgumentException()
    {
        var parameters = new ParameterCollection { { "Target", new Entity("contact") } };

        Assert.That(() => parameters.Add("Target", new Entity("account")), Throws.InstanceOf<ArgumentException>());
    }

    [Test]
    public void The_indexer_set_overwrites()
    {
        var parameters = new ParameterCollection { { "Depth", 1 } };

        parameters["Depth"] = 2;

        Assert.That(parameters["Depth"], Is.EqualTo(2));
    }

    [Test]
    public void The_indexer_of_a_missing_key_throws_KeyNotFoundException() =>
        Assert.That(() => new ParameterCollection()["x"], Throws.TypeOf<KeyNotFoundException>());

    [Test]
    public void Generic_TryGetValue_of_the_wrong_type_returns_false_and_null()
    {
        var parameters = new ParameterCollection { { "Target", new EntityReference("contact", Guid.NewGuid()) } };

        var found = parameters.TryGetValue("Target", out string? value);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.False);
            Assert.That(value, Is.Null);
        });
    }

    [Test]
    public void Generic_TryGetValue_of_the_right_type_returns_the_value()
    {
        var target = new Entity("contact");
        var parameters = new ParameterCollection { { "Target", target } };

        Assert.Multiple(() =>
        {
            Assert.That(parameters.TryGetValue("Target", out Entity? found), Is.True);
            Assert.That(found, Is.SameAs(target));
        });
    }

    [Test]
    public void Generic_TryGetValue_of_a_missing_key_returns_false() =>
        Assert.That(new ParameterCollection().TryGetValue("Target", out Entity? _), Is.False);

    [TestCase(null, false)]
    [TestCase("value", true)]
    public void AddOrUpdateIfNotNull_adds_only_values(object? value, bool contained)
    {
        var parameters = new ParameterCollection();

        parameters.AddOrUpdateIfNotNull("key", value);

        Assert.That(parameters.Contains("key"), Is.EqualTo(contained));
    }

    [Test]
    public void AddOrUpdateIfNotNull_overwrites_an_existing_value_but_not_with_null()
    {
        var parameters = new ParameterCollection { { "key", "old" } };

        parameters.AddOrUpdateIfNotNull("key", "new");
        parameters.AddOrUpdateIfNotNull("key", null);

        Assert.That(parameters["key"], Is.EqualTo("new"));
    }

    [Test]
    public void Keys_are_case_sensitive()
    {
        var parameters = new ParameterCollection { { "Target", 1 } };

        Assert.Multiple(() =>
        {
            Assert.That(parameters.Contains("target"), Is.False);
            Assert.That(parameters.ContainsKey("Target"), Is.True);
        });
    }

    [Test]
    public void A_null_value_is_contained_and_returned_by_the_untyped_TryGetValue()
    {
        var parameters = new ParameterCollection { { "x", null } };

        Assert.Multiple(() =>
        {
            Assert.That(parameters.Contains("x"), Is.True);
            Assert.That(((DataCollection<string, object?>)parameters).TryGetValue("x", out var value), Is.True);
            Assert.That(value, Is.Null);
        });
    }

    [Test]
    public void Remove_and_Clear_empty_the_collection()
    {
        var parameters = new ParameterCollection { { "a", 1 }, { "b", 2 } };

        Assert.Multiple(() =>
        {
            Assert.That(parameters.Remove("a"), Is.True);
            Assert.That(parameters.Keys, Is.EqualTo(new[] { "b" }));
            parameters.Clear();
            Assert.That(parameters.Count, Is.EqualTo(0));
        });
    }
}
