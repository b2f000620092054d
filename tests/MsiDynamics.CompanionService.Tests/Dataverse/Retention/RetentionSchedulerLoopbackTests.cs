using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Dataverse.Retention;
using MsiDynamics.CompanionService.Tests.Dataverse.Loopback;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Retention;

/// <summary>
/// The queue's retention job over loopback (architecture.md §4, dataverse.md §0.15): scheduled once however often workers
/// start, and, when Dataverse runs it, deleting only the finished rows that are older than the period.
/// </summary>
public sealed class RetentionSchedulerLoopbackTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 6, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task The_first_start_schedules_the_job_and_a_later_start_of_any_worker_finds_it_in_one_request()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time);
        var other = dv.AddWorker("worker-2");

        var created = await dv.Worker.Get<RetentionScheduler>().EnsureScheduledAsync(CancellationToken.None);
        var afterCreate = dv.Traffic.TotalRequests;
        var found = await other.Get<RetentionScheduler>().EnsureScheduledAsync(CancellationToken.None);
        var again = await dv.Worker.Get<RetentionScheduler>().EnsureScheduledAsync(CancellationToken.None);

        Assert.That((created.State, found.State, again.State), Is.EqualTo((RetentionJobState.Created, RetentionJobState.Found, RetentionJobState.Found)));
        Assert.That((afterCreate, dv.Traffic.TotalRequests), Is.EqualTo((2L, 4L)), "look-up and BulkDelete, then one look-up a start");
        var job = dv.Organization.Rows("bulkdeleteoperation").Single();
        Assert.That((job["name"], job["isrecurring"]), Is.EqualTo(("MsiDynamics queue retention (7 days)", true)));
        Assert.That(created.JobId, Is.Not.Null.And.EqualTo(found.JobId));
        Assert.That(dv.Organization.Rows("asyncoperation").Single().Id, Is.EqualTo(created.JobId));
    }

    [Test]
    public async Task The_job_Dataverse_runs_each_day_deletes_only_Succeeded_and_Superseded_rows_older_than_the_period()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time, client: new Dictionary<string, string?> { ["Retention:Days"] = "3" });
        var old = Enum.GetValues<QueueStatus>().ToDictionary(s => s, s => dv.Organization.SeedQueueRow(s));
        time.Advance(TimeSpan.FromDays(2));
        var recent = dv.Organization.SeedQueueRow(QueueStatus.Succeeded);

        var scheduled = await dv.Worker.Get<RetentionScheduler>().EnsureScheduledAsync(CancellationToken.None);
        var atOnce = Remaining(dv);
        time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        var firstRun = dv.Emulator.RunDueSystemJobs();
        var afterFirst = Remaining(dv);
        time.Advance(TimeSpan.FromDays(2));
        var secondRun = dv.Emulator.RunDueSystemJobs();

        Assert.That((scheduled.State, firstRun, secondRun), Is.EqualTo((RetentionJobState.Created, 1, 1)));
        Assert.That(atOnce, Has.Count.EqualTo(old.Count + 1), "at the start nothing is three days old yet");
        Assert.That(afterFirst, Is.EquivalentTo(new[]
        {
            old[QueueStatus.Pending], old[QueueStatus.RetryScheduled], old[QueueStatus.DeadLettered], recent,
        }), "Succeeded and Superseded rows older than three days are gone; nothing else is");
        Assert.That(Remaining(dv), Is.EquivalentTo(new[] { old[QueueStatus.Pending], old[QueueStatus.RetryScheduled], old[QueueStatus.DeadLettered] }),
            "two days later the recent Succeeded row is old enough too");
    }

    [Test]
    public async Task A_new_period_schedules_a_job_of_its_own_next_to_the_old_one()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time);
        var longer = dv.AddWorker("worker-2", new Dictionary<string, string?> { ["Retention:Days"] = "30" });

        await dv.Worker.Get<RetentionScheduler>().EnsureScheduledAsync(CancellationToken.None);
        var changed = await longer.Get<RetentionScheduler>().EnsureScheduledAsync(CancellationToken.None);

        Assert.That((changed.State, changed.Name), Is.EqualTo((RetentionJobState.Created, "MsiDynamics queue retention (30 days)")));
        Assert.That(dv.Organization.Rows("bulkdeleteoperation").Select(r => r["name"]), Is.EquivalentTo(new[]
        {
            "MsiDynamics queue retention (7 days)", "MsiDynamics queue retention (30 days)",
        }));
    }

    private static List<Guid> Remaining(LoopbackDataverse dv) => [.. dv.Organization.Rows(Q.EntityName).Select(r => r.Id)];
}
