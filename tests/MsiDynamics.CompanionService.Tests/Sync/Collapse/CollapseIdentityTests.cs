using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Collapse;

/// <summary>architecture.md §3.6: rows collapse by table and record id, and by nothing else.</summary>
public sealed class CollapseIdentityTests
{
    private static readonly RecordId Ann = DueRows.Id(1);
    private static readonly RecordId Bob = DueRows.Id(2);

    [Test]
    public void Rows_of_different_records_of_one_table_never_merge()
    {
        var rows = new DueRows();
        var ann = rows.Upsert("lead", Ann);
        var bob = rows.Delete("lead", Bob);

        var work = QueueCollapse.Collapse(rows.All);

        Assert.That(work.Select(w => w.Latest), Is.EqualTo(new[] { ann, bob }));
        Assert.That(work.SelectMany(w => w.Superseded), Is.Empty);
    }

    [Test]
    public void Rows_of_one_id_in_two_tables_never_merge()
    {
        var rows = new DueRows();
        rows.Upsert("lead", Ann);
        rows.Upsert("contact", Ann);

        var work = QueueCollapse.Collapse(rows.All);

        Assert.That(work.Select(w => w.Record.Entity), Is.EqualTo(new[] { "lead", "contact" }));
    }

    [Test]
    public void A_lead_and_a_contact_sharing_an_email_address_stay_two_items()
    {
        const string Payload = """{"v":1,"emailaddress1":"ann@example.com"}""";
        var rows = new DueRows();
        rows.Add("lead", Ann, QueueOperation.Upsert, payload: Payload);
        rows.Add("contact", Bob, QueueOperation.Upsert, payload: Payload);

        var work = QueueCollapse.Collapse(rows.All);

        Assert.That(work, Has.Count.EqualTo(2), "which of them Marketo's person stands for is decided after their state is read");
    }

    [Test]
    public void Rows_of_one_connection_pair_collapse_by_the_master_connection_id()
    {
        const string Pair = """{"v":1,"opportunityId":"00000003-0000-0000-0000-000000000000","contactId":"00000004-0000-0000-0000-000000000000","roleId":null,"role":"Buyer"}""";
        const string Moved = """{"v":1,"opportunityId":"00000003-0000-0000-0000-000000000000","contactId":"00000004-0000-0000-0000-000000000000","roleId":null,"role":"Champion","previous":{"role":"Buyer"}}""";
        var master = DueRows.Id(10);
        var rows = new DueRows();
        var created = rows.Add("connection", master, QueueOperation.Upsert, payload: Pair);
        var changed = rows.Add("connection", master, QueueOperation.Upsert, payload: Moved);
        rows.Add("connection", DueRows.Id(11), QueueOperation.Upsert, payload: Pair);

        var work = QueueCollapse.Collapse(rows.All);

        Assert.That(work, Has.Count.EqualTo(2), "another connection of the same pair is another role");
        Assert.That(work[0].Rows, Is.EqualTo(new[] { created, changed }), "every row's payload stays readable: an older one may carry a previous role alone");
    }

    [Test]
    public void A_delete_winning_over_older_upserts_keeps_its_payload_for_the_push()
    {
        const string Identities = """{"v":1,"emailaddress1":"ann@example.com"}""";
        var rows = new DueRows();
        rows.Upsert("contact", Ann);
        rows.Delete("contact", Ann, payload: Identities);

        var work = QueueCollapse.Collapse(rows.All).Single();

        Assert.That(work.Latest.Payload, Is.EqualTo(Identities));
    }
}
