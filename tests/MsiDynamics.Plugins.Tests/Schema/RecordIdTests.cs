using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Tests.Schema;

/// <summary>The one canonical form of a row's id, as the plug-ins write it and the worker reads it back.</summary>
public sealed class RecordIdTests
{
    private const string Canonical = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    [TestCase("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}", true)]
    [TestCase(" 3f2504e04f8911d39a0c0305e82c3301 ", true)]
    [TestCase(Canonical, true)]
    [TestCase("00000000-0000-0000-0000-000000000000", false)]
    [TestCase("not an id", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void Text_read_back_is_an_id_only_when_it_is_a_non_empty_GUID(string? text, bool parsed)
    {
        var ok = RecordId.TryParse(text, out var id);

        Assert.That(ok, Is.EqualTo(parsed));
        Assert.That(id.ToString(), Is.EqualTo(parsed ? Canonical : Guid.Empty.ToString("D")));
    }

    [Test]
    public void Two_ids_of_one_row_in_different_forms_are_equal()
    {
        var fromGuid = RecordId.From(Guid.Parse(Canonical), "id");
        var fromText = RecordId.From("{" + Canonical.ToUpperInvariant() + "}", "id");

        Assert.That(fromGuid == fromText, Is.True);
        Assert.That(fromGuid != fromText, Is.False);
        Assert.That(fromGuid.Equals((object)fromText), Is.True);
        Assert.That(RecordId.From(fromText, "id").Value, Is.EqualTo(Guid.Parse(Canonical)));
    }

    [Test]
    public void Ids_of_two_rows_differ()
    {
        var one = RecordId.From(Canonical, "id");
        var other = RecordId.From(Guid.NewGuid(), "id");

        Assert.That(one == other, Is.False);
        Assert.That(one != other, Is.True);
    }

    [TestCase(null, "Owner id is missing.")]
    [TestCase("not an id", "Owner id is a String, not a GUID.")]
    [TestCase(12L, "Owner id is a Int64, not a GUID.")]
    public void An_id_that_is_not_a_GUID_is_an_error_that_names_the_id_and_never_its_value(object? value, string error) =>
        Assert.That(Assert.Throws<FormatException>(() => RecordId.From(value, "Owner id"))!.Message, Is.EqualTo(error));
}
