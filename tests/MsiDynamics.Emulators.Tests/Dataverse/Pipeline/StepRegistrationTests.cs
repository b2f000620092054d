using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

public sealed class StepRegistrationTests
{
    [Test]
    public void A_step_is_read_from_its_registration_attribute()
    {
        var org = TestOrganization.With(typeof(OrderPlugins.PreOperationFirst), typeof(OrderPlugins.PostAsync)).Org;

        var step = org.Steps.Single(s => s.PluginType == typeof(OrderPlugins.PreOperationFirst));
        var asynchronous = org.Steps.Single(s => s.PluginType == typeof(OrderPlugins.PostAsync));

        Assert.Multiple(() =>
        {
            Assert.That(step.Id, Is.EqualTo(Guid.Parse("9a1d3c52-0d6e-4f0e-9f7a-2b9b8a0c1d01")));
            Assert.That((step.Message, step.EntityLogicalName, step.Stage, step.Rank), Is.EqualTo(("Create", "account", 20, 1)));
            Assert.That(step.Mode, Is.EqualTo(0), "spkl's Synchronous (1) is the SDK's mode 0");
            Assert.That(asynchronous.Mode, Is.EqualTo(1), "spkl's Asynchronous (0) is the SDK's mode 1");
            Assert.That(step.Name, Is.EqualTo("order: pre 1"));
            Assert.That(step.FilteringAttributes, Is.Empty);
        });
    }

    [Test]
    public void Filtering_attributes_are_split_and_stripped_of_spaces()
    {
        var org = TestOrganization.With(typeof(FilterPlugins.Filtered)).Org;

        Assert.That(org.Steps.Single().FilteringAttributes, Is.EqualTo(new[] { "name", "telephone1" }));
    }

    [Test]
    public void An_image_of_type_both_becomes_a_pre_image_and_a_post_image_of_the_same_name()
    {
        var org = TestOrganization.With(typeof(ImagePlugins.Both)).Org;

        var images = org.Steps.Single().Images.Select(i => (i.Name, i.Type, string.Join(",", i.Attributes)));

        Assert.That(images, Is.EqualTo(new[]
        {
            ("both", StepImageType.PreImage, "lastname"),
            ("both", StepImageType.PostImage, "lastname"),
        }));
    }

    [TestCase(typeof(InvalidPlugins.PostImageOnDelete), "a Delete has no post-image")]
    [TestCase(typeof(InvalidPlugins.PreImageOnCreate), "a Create has no pre-image")]
    [TestCase(typeof(InvalidPlugins.PostImageInPreOperation), "a post-image is available only in PostOperation")]
    [TestCase(typeof(InvalidPlugins.AsynchronousPreOperation), "asynchronous steps are allowed only in PostOperation")]
    [TestCase(typeof(InvalidPlugins.FilterOnCreate), "filtering attributes apply to Update only")]
    [TestCase(typeof(InvalidPlugins.UnemulatedMessage), "message 'Associate' is not emulated")]
    [TestCase(typeof(InvalidPlugins.MalformedStepId), "Id 'not-a-guid' is not a GUID")]
    [TestCase(typeof(InvalidPlugins.NotAPlugin), "does not implement Microsoft.Xrm.Sdk.IPlugin")]
    public void A_registration_the_harness_cannot_run_is_refused_naming_the_plugin_and_the_rule(Type plugin, string rule)
    {
        var org = new InMemoryOrganization();

        var refused = Assert.Throws<StepRegistrationException>(() => org.RegisterPlugins([plugin]));

        Assert.That(refused!.Message, Does.Contain(plugin.FullName).And.Contain(rule));
        Assert.That(org.Steps, Is.Empty, "nothing of a refused registration is kept");
    }

    [Test]
    public void Registering_an_assembly_finds_the_attributes_by_name_and_refuses_the_invalid_ones_in_it()
    {
        var org = new InMemoryOrganization();

        Assert.Throws<StepRegistrationException>(() => org.RegisterPlugins(typeof(InvalidPlugins).Assembly));
    }

    [Test]
    public void Registering_the_same_plugin_twice_is_refused_as_a_duplicate_step()
    {
        var test = TestOrganization.With(typeof(FilterPlugins.Filtered));

        var refused = Assert.Throws<StepRegistrationException>(() => test.Org.RegisterPlugins([typeof(FilterPlugins.Filtered)]));

        Assert.That(refused!.Message, Does.Contain("already registered"));
    }
}
