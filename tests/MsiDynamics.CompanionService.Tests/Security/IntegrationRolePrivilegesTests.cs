using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Dataverse.Metadata;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Dataverse.Records;
using MsiDynamics.CompanionService.Dataverse.Retention;
using MsiDynamics.CompanionService.Dataverse.Settings;
using MsiDynamics.CompanionService.Sync.Source;
using MsiDynamics.CompanionService.Tests.Dataverse.Loopback;
using MsiDynamics.CompanionService.Tests.Sync.Source;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Security;

/// <summary>
/// The "MSI Sync Integration" role holds exactly the privileges the worker uses (<see cref="IntegrationRolePrivileges"/>):
/// the worker's operations run against the Dataverse emulator, every request they send is turned into the privileges it
/// implies, and the union must equal the role's list — a missing privilege would fail the worker in an organisation, a
/// surplus one would grant more than it needs.
/// </summary>
public sealed class IntegrationRolePrivilegesTests
{
    private static readonly DataverseTable[] RecordTables =
    [
        DataverseTable.SystemUser, DataverseTable.Account, DataverseTable.Lead, DataverseTable.Contact,
        DataverseTable.Opportunity, DataverseTable.Connection, DataverseTable.ConnectionRole,
    ];

    [Test]
    public async Task The_worker_s_operations_use_exactly_the_privileges_of_the_integration_role()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        await using var worker = RecordingWorker.Create(dv.Emulator.BaseUrl);
        var lead = dv.Organization.SeedLead("Buyer", "bo@fabrikam.example");
        var contact = dv.Organization.SeedRow(DataverseSchema.Contact.EntityName, ("lastname", "Buyer"));
        dv.Organization.SeedPendingQueueRows(3);

        await RunWorkerOperationsAsync(worker, lead, contact);

        var used = Lines(worker.Privileges.ByTable());
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, used));
        Assert.That(used, Is.EqualTo(Lines(IntegrationRolePrivileges.Tables)));
        Assert.That(worker.Privileges.Miscellaneous(), Is.EqualTo(IntegrationRolePrivileges.Miscellaneous));
    }

    [Test]
    public void The_role_lists_each_table_s_privileges_once_in_order_and_only_the_six_of_a_role()
    {
        string[] six = ["Append", "AppendTo", "Create", "Delete", "Read", "Write"];

        Assert.That(IntegrationRolePrivileges.Tables.Values, Has.All.Matches<string[]>(p => p.Length > 0 && p.All(six.Contains)));
        Assert.That(IntegrationRolePrivileges.Tables.Values, Has.All.Matches<string[]>(p => p.SequenceEqual(p.Distinct().Order(StringComparer.Ordinal))));
    }

    // Each step as the drain, the write-back and the start-up run it; each must succeed, or its privileges would not count.
    private static async Task RunWorkerOperationsAsync(RecordingWorker worker, Guid lead, Guid contact)
    {
        var source = new DataverseWorkSource(worker.Get<DataverseQueries>(), worker.Get<SyncQueue>(), TimeProvider.System);
        var due = (await source.ReadAllAsync()).SelectMany(b => b.Rows).ToList();
        var completed = await source.CompleteAsync([.. due.Select(r => QueueCompletion.Succeeded(r.Id, 1, "4711"))], CancellationToken.None);
        Assert.That((due.Count, completed.AllSucceeded), Is.EqualTo((3, true)), completed.ToString());

        var reader = worker.Get<CurrentRecordReader>();
        foreach (var table in RecordTables)
        {
            await foreach (var page in reader.ReadAsync(table, [lead], [table.PrimaryKey]))
            {
                Assert.That(page.Outcome.IsSuccess, Is.True, $"{table}: {page}");
            }
        }

        var written = await worker.Get<MsiColumnsWriter>().WriteAsync(
        [
            new MsiColumnsUpdate(DataverseTable.Lead, lead, new Dictionary<string, object?> { [DataverseSchema.MsiColumns.MarketoLeadId] = "4711", [DataverseSchema.MsiColumns.Priority] = 80 }),
            new MsiColumnsUpdate(DataverseTable.Contact, contact, new Dictionary<string, object?> { [DataverseSchema.MsiColumns.MarketoLeadId] = "4712" }),
        ]);
        Assert.That(written.AllSucceeded, Is.True, written.ToString());
        Assert.That((await worker.Get<ColumnLimitsReader>().ReadAsync(DataverseTable.Account)).Outcome.IsSuccess, Is.True);

        var lease = worker.Get<DrainLeaseStore>();
        var (created, etag) = await lease.CreateAsync(new DrainLeaseValue("worker-1", DateTimeOffset.UtcNow.AddMinutes(2)), CancellationToken.None);
        var (renewed, _) = await lease.WriteAsync(DrainLeaseStore.RowId, etag!, new DrainLeaseValue("worker-1", DateTimeOffset.UtcNow.AddMinutes(4)), CancellationToken.None);
        Assert.That((created.IsSuccess, renewed.IsSuccess), Is.EqualTo((true, true)), $"{created}; {renewed}");

        var state = worker.Get<SyncStateStore>();
        Assert.That((await state.SetAsync("activity-paging-token", "1")).IsSuccess, Is.True);
        Assert.That((await state.SetAsync("activity-paging-token", "2", await state.GetAsync("activity-paging-token"))).IsSuccess, Is.True);

        await worker.Get<SyncSettingsReader>().ReadAsync();
        var job = await worker.Get<RetentionScheduler>().EnsureScheduledAsync(CancellationToken.None);
        Assert.That(job.Outcome.IsSuccess, Is.True, job.ToString());
    }

    private static string[] Lines(IReadOnlyDictionary<string, string[]> privileges) =>
        [.. privileges.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + string.Join(",", p.Value))];
}
