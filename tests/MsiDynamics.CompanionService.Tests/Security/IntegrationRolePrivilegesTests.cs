using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Dataverse.Metadata;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Dataverse.Records;
using MsiDynamics.CompanionService.Dataverse.Retention;
using MsiDynamics.CompanionService.Dataverse.Settings;
using MsiDynamics.CompanionService.Operations.Backfill;
using MsiDynamics.CompanionService.Operations.Doctor;
using MsiDynamics.CompanionService.Operations.Status;
using MsiDynamics.CompanionService.Operations.Verify;
using MsiDynamics.CompanionService.Sync.Source;
using MsiDynamics.CompanionService.Tests.Dataverse.Loopback;
using MsiDynamics.CompanionService.Tests.Operations;
using MsiDynamics.CompanionService.Tests.Operations.Backfill;
using MsiDynamics.CompanionService.Tests.Sync.Source;
using MsiDynamics.CompanionService.WriteBack;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Security;

/// <summary>
/// The "MSI Sync Integration" role holds exactly the privileges the worker uses (<see cref="IntegrationRolePrivileges"/>):
/// the worker's operations — the drain, the write-back, the drain lease and standby presence, retention, and the
/// commands <c>backfill</c>, <c>status</c>, <c>verify</c> and <c>doctor</c> — run against the Dataverse emulator, every
/// request they send is turned into the privileges it implies, and the union must equal the role's list — a missing
/// privilege would fail the worker in an organisation, a surplus one would grant more than it needs.
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
        await using var rig = await OperationsRig.StartAsync();
        var worker = RecordingWorker.Create(rig, "worker-1");
        var standby = RecordingWorker.Create(rig, "worker-2", worker.Privileges);
        var lead = rig.Org.SeedLead("Buyer", "bo@fabrikam.example");
        var contact = rig.Org.SeedRow(DataverseSchema.Contact.EntityName, ("lastname", "Buyer"));
        rig.Org.SeedAccount("Fabrikam");
        rig.Org.SeedRow(DataverseSchema.Opportunity.EntityName, ("name", "Fabrikam renewal"));
        rig.Org.Seed(new Entity(DataverseSchema.SystemUser.EntityName)
        {
            ["firstname"] = "Olive", ["lastname"] = "Owner", ["internalemailaddress"] = "olive.owner@fabrikam.example",
            ["isdisabled"] = false, ["accessmode"] = new OptionSetValue(0),
        });
        rig.Org.SeedPendingQueueRows(3);

        await RunDrainAndWriteBackAsync(worker, lead, contact);
        await RunLeaseAsync(worker, standby);
        await RunBackfillAsync(worker);
        await RunStatusAsync(worker);
        await RunVerifyAsync(worker);
        await RunDoctorAsync(worker);

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
    private static async Task RunDrainAndWriteBackAsync(RecordingWorker worker, Guid lead, Guid contact)
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

        var state = worker.Get<SyncStateStore>();
        Assert.That((await state.SetAsync("activity-paging-token", "1")).IsSuccess, Is.True);
        Assert.That((await state.SetAsync("activity-paging-token", "2", await state.GetAsync("activity-paging-token"))).IsSuccess, Is.True);

        await worker.Get<SyncSettingsReader>().ReadAsync();
        var job = await worker.Get<RetentionScheduler>().EnsureScheduledAsync(CancellationToken.None);
        Assert.That(job.Outcome.IsSuccess, Is.True, job.ToString());

        // writeback --once --full: the activity position, the persons by Marketo id, the full reconcile's pages and position.
        var (persons, personsRead) = await worker.Get<PersonRowReader>().ByMarketoIdsAsync([4711L, 4712L], new WriteBackColumns(), CancellationToken.None);
        Assert.That((personsRead.IsSuccess, persons.Count), Is.EqualTo((true, 2)), personsRead.ToString());
        var cycle = await worker.Get<WriteBackCycle>().RunOnceAsync(full: true);
        Assert.That(cycle.Succeeded, Is.True, cycle.ToString());
    }

    // The drain lease claimed, renewed and released; a standby's presence recorded (status lists it) and marked expired.
    private static async Task RunLeaseAsync(RecordingWorker holder, RecordingWorker standby)
    {
        var lease = holder.Get<DrainLeaseHolder>();
        Assert.That(await lease.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Claimed));
        Assert.That(await lease.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Renewed));

        var other = standby.Get<DrainLeaseHolder>();
        Assert.That(await other.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Standby));
        await other.RecordPresenceAsync(CancellationToken.None);
        var seen = await holder.Get<StatusReader>().ReadAsync();
        Assert.That(seen.Lease.Standbys.Select(s => s.Name), Is.EqualTo(new[] { "worker-2" }), string.Join("; ", seen.Problems));
        await other.RemovePresenceAsync(CancellationToken.None);
        Assert.That((await holder.Get<StatusReader>().ReadAsync()).Lease.Standbys, Is.Empty);

        Assert.That(await lease.ReleaseAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Released));
    }

    // backfill all: per table its position, a count, pages, the queue check and a CreateMultiple whose rows link their record.
    private static async Task RunBackfillAsync(RecordingWorker worker)
    {
        var results = await worker.Get<BackfillRunner>().RunAsync("all", new BackfillOptions(), new RecordingProgress(), CancellationToken.None);

        Assert.That(results.Select(r => (r.Table, r.Finished, r.Failure)), Is.EqualTo(BackfillTables.InOrder.Select(t => (t.LogicalName, true, (string?)null))));
        Assert.That(results.Where(r => r.Table != DataverseSchema.Connection.EntityName).Select(r => r.Enqueued), Has.All.GreaterThan(0),
            "every table whose queue rows carry a lookup queued one, so its AppendTo counts");
    }

    private static async Task RunStatusAsync(RecordingWorker worker)
    {
        var report = await worker.Get<StatusReader>().ReadAsync();

        Assert.That(report.Problems, Is.Empty);
    }

    private static async Task RunVerifyAsync(RecordingWorker worker)
    {
        var result = await MarketoVerification.From(worker.Services).RunAsync(VerifyScope.Of(null, []));

        Assert.That(result.Stopped, Is.Null);
    }

    // doctor's checks, Dataverse's and Marketo's: none failed to read or was skipped.
    private static async Task RunDoctorAsync(RecordingWorker worker)
    {
        var report = await worker.Get<DoctorRun>().RunAsync(CancellationToken.None);

        Assert.That(report.Findings.Where(f => f.Status is DoctorStatus.Failed or DoctorStatus.Skipped), Is.Empty);
    }

    private static string[] Lines(IReadOnlyDictionary<string, string[]> privileges) =>
        [.. privileges.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + string.Join(",", p.Value))];
}
