using MsiDynamics.Plugins.Capture;

namespace MsiDynamics.Plugins.Tests.Capture;

/// <summary>
/// A change the engine cannot decide on is an error the adapter traces. The message names what is wrong and
/// never the value, which could be personal data.
/// </summary>
public sealed class CaptureEngineTests
{
    [TestCase("lead", "Create", null, "Record id is missing.")]
    [TestCase("lead", "Delete", null, "Record id is missing.")]
    [TestCase("lead", "Create", "empty", "Record id is the empty GUID.")]
    [TestCase("lead", "Create", "number", "Record id is a Int32, not a GUID.")]
    [TestCase("connectionrole", "Update", null, "Connection role id is missing.")]
    [TestCase("connection", "Create", null, "Connection id is missing.")]
    public void A_change_without_a_usable_id_names_the_id_that_is_wrong(string entity, string message, string? recordId, string error)
    {
        var id = recordId switch { "empty" => (object)Guid.Empty, "number" => 42, _ => null };
        var target = Change.Columns(("name", "Sponsor"));
        var image = Change.Connection(Change.Opportunity, Change.Contact);

        var thrown = Assert.Throws<FormatException>(() => CaptureEngine.Decide(
            new ChangeDescription(message, entity, id, target, Change.Columns(("name", "Champion")), image), SyncSettings.AllEnabled));

        Assert.That(thrown!.Message, Is.EqualTo(error));
    }

    [Test]
    public void A_merge_without_a_subordinate_names_the_subordinate() =>
        Assert.That(
            Assert.Throws<FormatException>(() => Change.Decide("Merge", "contact"))!.Message,
            Is.EqualTo("Merge SubordinateId is missing."));

    [Test]
    public void A_reciprocal_connection_whose_master_id_is_empty_names_that_column()
    {
        var image = Change.Connection(Change.Contact, Change.Opportunity, isMaster: false);
        image["relatedconnectionid"] = new RecordReference("connection", Guid.Empty);

        Assert.That(
            Assert.Throws<FormatException>(() => Change.Decide("Create", "connection", postImage: image))!.Message,
            Is.EqualTo("relatedconnectionid is the empty GUID."));
    }

    [TestCase("record2roleid", "Champion", "Column record2roleid holds a String where a lookup is expected.")]
    [TestCase("ismaster", "yes", "Column ismaster holds a String where a yes/no value is expected.")]
    public void A_column_of_the_wrong_type_names_the_column_and_the_type(string column, object value, string error)
    {
        var image = Change.Connection(Change.Opportunity, Change.Contact);
        image[column] = value;

        Assert.That(
            Assert.Throws<InvalidCastException>(() => Change.Decide("Create", "connection", postImage: image))!.Message,
            Is.EqualTo(error));
    }

    [TestCase("Create")]
    [TestCase("Delete")]
    public void A_role_that_is_created_or_deleted_enqueues_nothing_until_a_connection_uses_it(string message) =>
        Assert.That(
            Change.Decide(message, "connectionrole", Change.Columns(("name", "Sponsor"), ("category", 1000))),
            Is.Null);
}
