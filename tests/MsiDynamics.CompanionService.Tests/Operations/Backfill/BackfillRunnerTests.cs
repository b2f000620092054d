using Microsoft.Extensions.DependencyInjection;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Operations.Backfill;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Operations.Backfill;

/// <summary><c>backfill</c> against the Dataverse emulator: every record once, in the Backfill lane, whatever kills it.</summary>
public sealed class BackfillRunnerTests
{
    [Test]
    public async Task Backfill_queues_every_record_once_in_the_Backfill_lane_as_the_plug_in_would_for_an_upsert()
    {
        await using var rig = await OperationsRig.StartAsync();
        var leads = SeedLeads(rig, 7);
        var progress = new RecordingProgress();

        var results = await Runner(rig).RunAsync("lead", new BackfillOptions(PageSize: 3), progress, CancellationToken.None);

        Assert.That(results.Single(), Is.EqualTo(new BackfillTableResult("lead", 7, 0, false, true, null, null, results[0].Requests, results[0].Operations)));
        var rows = BackfillRows(rig);
        Assert.That(rows.Select(r => r.GetAttributeValue<string>(Q.RecordId)), Is.EquivalentTo(leads.Select(l => l.ToString("D"))));
        foreach (var row in rows)
        {
            var record = row.GetAttributeValue<string>(Q.RecordId);
            Assert.That(row.GetAttributeValue<string>(Q.Name), Is.EqualTo($"lead {record}: Upsert"));
            Assert.That(row.GetAttributeValue<string>(Q.Entity), Is.EqualTo("lead"));
            Assert.That(row.GetAttributeValue<OptionSetValue>(Q.Operation)!.Value, Is.EqualTo((int)QueueOperation.Upsert));
            Assert.That(row.GetAttributeValue<OptionSetValue>(Q.Status)!.Value, Is.EqualTo((int)QueueStatus.Pending));
            Assert.That(row.GetAttributeValue<string>(Q.Payload), Is.EqualTo("{\"v\":1}"));
            Assert.That(row.GetAttributeValue<EntityReference>(Q.LeadId)!.Id.ToString("D"), Is.EqualTo(record));
        }

        Assert.That(progress.Remaining, Is.EqualTo(new long?[] { 7 }));
        Assert.That(progress.Pages, Is.EqualTo(3));
        Assert.That(progress.Forecasts.Single(), Does.Contain("at today's quota: 1 day"));
    }

    [Test]
    public async Task Backfill_costs_one_request_per_page_each_for_reading_checking_queuing_and_its_position_and_one_operation_per_row_queued()
    {
        await using var rig = await OperationsRig.StartAsync();
        SeedLeads(rig, 10);

        var result = (await Runner(rig).RunAsync("lead", new BackfillOptions(PageSize: 5), new RecordingProgress(), CancellationToken.None)).Single();

        // The position read and the count; per page of 5 the read, the check, the CreateMultiple and the position write (the
        // first creates the row and reads back its id); a last, empty page read and the final position write.
        Assert.That(result.Requests, Is.EqualTo(2 + (2 * 4) + 1 + 2));
        Assert.That(result.Operations, Is.EqualTo(result.Requests - 2 + 10), "every target of CreateMultiple is an operation");
    }

    [TestCase(KillPoint.BeforeCreate)]
    [TestCase(KillPoint.AfterCreateBeforePosition)]
    [TestCase(KillPoint.AfterPosition)]
    public async Task Backfill_killed_at_any_point_of_a_page_resumes_without_queuing_a_record_twice(KillPoint point)
    {
        await using var rig = await OperationsRig.StartAsync();
        var leads = SeedLeads(rig, 7);
        var kill = new Kill(point, nth: 2);
        var killed = rig.Worker("backfill-1", s => s.AddHttpClient(DataverseServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler(() => kill));

        Assert.That(
            async () => await killed.GetRequiredService<BackfillRunner>().RunAsync("lead", new BackfillOptions(PageSize: 3), new RecordingProgress(), kill.Process.Token),
            Throws.InstanceOf<OperationCanceledException>());
        var queuedBeforeResume = BackfillRows(rig).Count;
        var resumed = (await Runner(rig).RunAsync("lead", new BackfillOptions(PageSize: 3), new RecordingProgress(), CancellationToken.None)).Single();

        Assert.That(queuedBeforeResume, Is.EqualTo(point == KillPoint.BeforeCreate ? 3 : 6), "the kill came where it was meant to");
        Assert.That(BackfillRows(rig).Select(r => r.GetAttributeValue<string>(Q.RecordId)), Is.EquivalentTo(leads.Select(l => l.ToString("D"))));
        Assert.That((resumed.Resumed, resumed.Finished), Is.EqualTo((true, true)));
        Assert.That(resumed.AlreadyQueued, Is.EqualTo(point == KillPoint.AfterCreateBeforePosition ? 3 : 0), "the page whose position was not stored is checked, not queued again");
    }

    [Test]
    public async Task A_table_switched_off_in_the_sync_settings_is_skipped_saying_so_and_all_goes_on_with_the_next()
    {
        await using var rig = await OperationsRig.StartAsync();
        SeedLeads(rig, 2);
        var account = rig.Org.Seed(new Entity(DataverseSchema.Account.EntityName) { ["name"] = "Fabrikam" });
        rig.Org.Seed(new Entity(DataverseSchema.SyncSetting.EntityName)
        {
            [DataverseSchema.SyncSetting.Entity] = DataverseSchema.Lead.EntityName, [DataverseSchema.SyncSetting.Enabled] = false,
        });

        var results = await Runner(rig).RunAsync("all", new BackfillOptions(), new RecordingProgress(), CancellationToken.None);

        Assert.That(results.Select(r => r.Table), Is.EqualTo(new[] { "systemuser", "account", "lead", "contact", "opportunity", "connection" }));
        Assert.That(results.Single(r => r.Table == "lead").Skipped, Does.Contain("switched off in the sync settings (msi_syncsetting)"));
        Assert.That(BackfillRows(rig).Where(r => r.GetAttributeValue<string>(Q.Entity) == "lead"), Is.Empty);
        Assert.That(BackfillRows(rig).Where(r => r.GetAttributeValue<string>(Q.Entity) == "account").Select(r => r.GetAttributeValue<string>(Q.RecordId)),
            Is.EqualTo(new[] { account.ToString("D") }));
    }

    [Test]
    public async Task A_finished_backfill_run_again_starts_over_and_queues_nothing_still_waiting()
    {
        await using var rig = await OperationsRig.StartAsync();
        SeedLeads(rig, 4);
        await Runner(rig).RunAsync("lead", new BackfillOptions(PageSize: 3), new RecordingProgress(), CancellationToken.None);

        var again = (await Runner(rig).RunAsync("lead", new BackfillOptions(PageSize: 3), new RecordingProgress(), CancellationToken.None)).Single();

        Assert.That((again.Resumed, again.Enqueued, again.AlreadyQueued), Is.EqualTo((false, 0L, 4L)));
        Assert.That(BackfillRows(rig), Has.Count.EqualTo(4));
    }

    [Test]
    public async Task Backfill_of_users_queues_the_people_and_leaves_out_application_users_which_are_no_sales_persons()
    {
        await using var rig = await OperationsRig.StartAsync();
        var person = rig.Org.Seed(new Entity(DataverseSchema.SystemUser.EntityName) { ["lastname"] = "Rep", ["internalemailaddress"] = "rep@contoso.example" });

        await Runner(rig).RunAsync("systemuser", new BackfillOptions(), new RecordingProgress(), CancellationToken.None);

        var queued = BackfillRows(rig).Select(r => Guid.Parse(r.GetAttributeValue<string>(Q.RecordId)!)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(queued, Does.Contain(person));
            Assert.That(queued, Does.Not.Contain(rig.Dataverse.ApplicationUserId));
        });
    }

    private static BackfillRunner Runner(OperationsRig rig) => rig.Worker("backfill-" + Guid.NewGuid().ToString("N")[..6]).GetRequiredService<BackfillRunner>();

    private static List<Guid> SeedLeads(OperationsRig rig, int count) =>
        [.. Enumerable.Range(0, count).Select(i => rig.Org.Seed(new Entity(DataverseSchema.Lead.EntityName) { ["lastname"] = $"Lead {i}" }))];

    private static List<Entity> BackfillRows(OperationsRig rig) =>
        [.. rig.Org.Rows(Q.EntityName).Where(r => r.GetAttributeValue<OptionSetValue>(Q.Lane)?.Value == (int)QueueLane.Backfill)];
}
