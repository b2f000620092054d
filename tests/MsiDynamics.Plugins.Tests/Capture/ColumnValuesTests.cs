using MsiDynamics.Plugins.Capture;

namespace MsiDynamics.Plugins.Tests.Capture;

/// <summary>When an Update counts as a change for Marketo: the engine's one notion of "same value", seen through Decide.</summary>
public sealed class ColumnValuesTests
{
    private static readonly Guid Ann = Guid.Parse("11111111-2222-4333-8444-555566667777");
    private static readonly Guid Bo = Guid.Parse("22222222-2222-4333-8444-555566667777");

    [TestCase("CEO", null, true, TestName = "Clearing a column is a change")]
    [TestCase("CEO", "", true, TestName = "Emptying a column is a change")]
    [TestCase(null, "", false, TestName = "Empty text and no value are the same")]
    [TestCase("CEO", "ceo", true, TestName = "A change of case is a change")]
    [TestCase("CEO", "CEO", false, TestName = "The same text is no change")]
    public void An_update_of_text_matters_only_when_the_text_differs(string? before, string? after, bool enqueued) =>
        Assert.That(
            Change.Decide("Update", "contact", Change.Columns(("jobtitle", after)), Change.Columns(("jobtitle", before))) is not null,
            Is.EqualTo(enqueued));

    [TestCase("systemuser", "Ann", "systemuser", "Ann", false, TestName = "The same owner re-saved is no change")]
    [TestCase("systemuser", "Ann", "systemuser", "Ann Smith", false, TestName = "A lookup's display name takes no part")]
    [TestCase("systemuser", "Bo", "systemuser", "Bo", true, TestName = "Another user as owner is a change")]
    [TestCase("systemuser", "Ann", "team", "Ann", true, TestName = "The same id in another table is a change")]
    public void An_update_of_a_lookup_matters_when_its_table_or_id_differs(
        string beforeTable, string beforeName, string afterTable, string afterName, bool enqueued)
    {
        var before = new RecordReference(beforeTable, Ann, beforeName);
        var after = new RecordReference(afterTable, afterName.StartsWith("Bo", StringComparison.Ordinal) ? Bo : Ann, afterName);

        var item = Change.Decide("Update", "lead", Change.Columns(("ownerid", after)), Change.Columns(("ownerid", before)));

        Assert.That(item is not null, Is.EqualTo(enqueued));
    }

    [TestCase(1000.5, 1000.5, false)]
    [TestCase(1000.5, 2000.0, true)]
    public void An_update_of_an_amount_matters_only_when_the_amount_differs(double before, double after, bool enqueued)
    {
        var target = Change.Columns(("revenue", (decimal)after));
        var preImage = Change.Columns(("revenue", (decimal)before));

        Assert.That(Change.Decide("Update", "account", target, preImage) is not null, Is.EqualTo(enqueued));
    }

    [Test]
    public void A_delete_of_a_person_without_an_email_carries_null_not_empty_text()
    {
        var item = Change.Decide("Delete", "lead", preImage: Change.Columns(("msi_marketoleadid", "4711")));

        Assert.That(item?.Payload, Is.EqualTo("{\"v\":1,\"marketoLeadId\":\"4711\",\"email\":null}"));
    }
}
