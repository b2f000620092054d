using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Operations.Status;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Operations.Status;

/// <summary><c>status</c> against both emulators: what it reports matches what was planted.</summary>
public sealed class StatusReaderTests
{
    [Test]
    public async Task Queue_depth_by_status_and_lane_matches_the_planted_queue()
    {
        await using var rig = await OperationsRig.StartAsync();
        var planted = new (QueueStatus Status, QueueLane Lane, int Rows)[]
        {
            (QueueStatus.Pending, QueueLane.Live, 3), (QueueStatus.Pending, QueueLane.Backfill, 5), (QueueStatus.RetryScheduled, QueueLane.Live, 1),
            (QueueStatus.DeadLettered, QueueLane.Backfill, 2), (QueueStatus.Succeeded, QueueLane.Live, 4), (QueueStatus.Superseded, QueueLane.Backfill, 1),
        };
        foreach (var (status, lane, rows) in planted)
        {
            for (var i = 0; i < rows; i++)
            {
                rig.PlantQueueRow(status, lane);
            }
        }

        var report = await rig.Worker("status-1").GetRequiredService<StatusReader>().ReadAsync();

        Assert.That(report.Problems, Is.Empty);
        foreach (var status in new[] { QueueStatus.Pending, QueueStatus.RetryScheduled, QueueStatus.DeadLettered, QueueStatus.Succeeded, QueueStatus.Superseded })
        {
            foreach (var lane in new[] { QueueLane.Live, QueueLane.Backfill })
            {
                var expected = planted.Where(p => p.Status == status && p.Lane == lane).Sum(p => p.Rows);
                Assert.That(report.Depth.Single(c => c.Status == status.ToString() && c.Lane == lane.ToString()),
                    Is.EqualTo(new QueueCount(status.ToString(), lane.ToString(), expected, false)));
            }
        }
    }

    [Test]
    public async Task Over_the_aggregate_limit_each_pair_is_counted_alone_and_a_pair_still_over_it_is_a_lower_bound()
    {
        await using var rig = await OperationsRig.StartAsync(d => d.AggregateRecordLimit = 3);
        for (var i = 0; i < 4; i++)
        {
            rig.PlantQueueRow(QueueStatus.Pending, QueueLane.Backfill);
        }

        rig.PlantQueueRow(QueueStatus.Pending, QueueLane.Live);
        rig.PlantQueueRow(QueueStatus.Succeeded, QueueLane.Live);

        var report = await rig.Worker("status-1").GetRequiredService<StatusReader>().ReadAsync();

        Assert.That(report.Depth.Single(c => c is { Status: "Pending", Lane: "Backfill" }).AtLeast, Is.True);
        Assert.That(report.Depth.Single(c => c is { Status: "Pending", Lane: "Live" }), Is.EqualTo(new QueueCount("Pending", "Live", 1, false)));
        Assert.That(report.Depth.Single(c => c is { Status: "Succeeded", Lane: "Live" }), Is.EqualTo(new QueueCount("Succeeded", "Live", 1, false)));
        Assert.That(report.Marketo.AtLeast, Is.True, "the due rows are over the limit too");
    }

    [Test]
    public async Task Oldest_due_age_is_the_wait_of_the_oldest_pending_or_due_retry_row()
    {
        await using var rig = await OperationsRig.StartAsync();
        rig.PlantQueueRow(QueueStatus.Succeeded, QueueLane.Live); // not due, older still
        rig.Clock.Advance(TimeSpan.FromMinutes(5));
        rig.PlantQueueRow(QueueStatus.RetryScheduled, QueueLane.Live, nextAttemptOn: OperationsRig.Start.AddHours(5)); // not due yet
        rig.Clock.Advance(TimeSpan.FromMinutes(5));
        rig.PlantQueueRow(QueueStatus.Pending, QueueLane.Backfill);
        rig.Clock.Advance(TimeSpan.FromMinutes(7));
        rig.PlantQueueRow(QueueStatus.Pending, QueueLane.Live);
        rig.Clock.Advance(TimeSpan.FromMinutes(3));

        var report = await rig.Worker("status-1").GetRequiredService<StatusReader>().ReadAsync();

        Assert.That(report.OldestDueAge, Is.EqualTo(TimeSpan.FromMinutes(10)));
    }

    [Test]
    public async Task Dead_letters_are_grouped_by_reason_with_at_most_three_examples_each()
    {
        await using var rig = await OperationsRig.StartAsync();
        var invalidEmail = Enumerable.Range(0, 4)
            .Select(_ => Guid.NewGuid())
            .Select(id => $"Marketo refused the lead {id} (1003 Invalid value for field 'email'). Correct the record in Dynamics; its next change is sent again.")
            .ToList();
        foreach (var error in invalidEmail)
        {
            rig.PlantQueueRow(QueueStatus.DeadLettered, QueueLane.Live, lastError: error);
        }

        rig.PlantQueueRow(QueueStatus.DeadLettered, QueueLane.Backfill, DataverseSchema.Account.EntityName, "Gave up after 5 attempts: Marketo did not answer");
        rig.PlantQueueRow(QueueStatus.Pending, QueueLane.Live, lastError: "not a dead letter");

        var report = await rig.Worker("status-1").GetRequiredService<StatusReader>().ReadAsync();

        Assert.That(report.DeadLetters.Groups.Select(g => (g.Reason, g.Count)), Is.EqualTo(new[]
        {
            ("Marketo refused the lead {id} (1003 Invalid value for field 'email')", 4L),
            ("Gave up after 5 attempts: Marketo did not answer", 1L),
        }));
        Assert.That(report.DeadLetters.Groups[0].Examples, Has.Count.EqualTo(3));
        Assert.That(report.DeadLetters.Groups[0].Examples.Select(e => e.LastError), Is.SubsetOf(invalidEmail));
        Assert.That(report.DeadLetters.Groups[1].Examples.Single().Entity, Is.EqualTo("account"));
    }

    [Test]
    public async Task The_lease_holder_its_standby_and_both_their_costs_today_are_shown()
    {
        await using var rig = await OperationsRig.StartAsync();
        var holder = rig.Worker("worker-a").GetRequiredService<DrainLeaseHolder>();
        var standby = rig.Worker("worker-b").GetRequiredService<DrainLeaseHolder>();
        Assert.That(await holder.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Claimed));
        Assert.That(await standby.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Standby));
        await standby.RecordPresenceAsync(CancellationToken.None);
        rig.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.That(await holder.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Renewed));

        var report = await rig.Worker("status-1").GetRequiredService<StatusReader>().ReadAsync();

        Assert.That(report.Lease.Holder?.Name, Is.EqualTo("worker-a"));
        Assert.That(report.Lease.Holder?.Until, Is.EqualTo(OperationsRig.Start.AddSeconds(20 + 60)));
        Assert.That(report.Lease.Standbys.Select(s => s.Name), Is.EqualTo(new[] { "worker-b" }));
        // The holder wrote its costs with its renewal: the claim's read and write before it (2 requests, 2 operations).
        // The standby wrote its presence after its look (1 read) and counted that write only after it.
        Assert.That(report.Dataverse.Workers, Is.EqualTo(new[]
        {
            new WorkerCosts("worker-a", "holder", 2, 2),
            new WorkerCosts("worker-b", "standby", 1, 1),
        }));
        Assert.That((report.Dataverse.Requests, report.Dataverse.Operations), Is.EqualTo((3L, 3L)));
        Assert.That(report.Dataverse.CommandRequests, Is.EqualTo(6), "depth, due rows, oldest due, dead letters by reason, newest dead letters, lease rows");
    }

    [Test]
    public async Task A_lapsed_lease_has_no_holder_and_an_expired_presence_no_standby()
    {
        await using var rig = await OperationsRig.StartAsync();
        var holder = rig.Worker("worker-a").GetRequiredService<DrainLeaseHolder>();
        var standby = rig.Worker("worker-b").GetRequiredService<DrainLeaseHolder>();
        await holder.StepAsync(CancellationToken.None);
        await standby.StepAsync(CancellationToken.None);
        await standby.RecordPresenceAsync(CancellationToken.None);
        rig.Clock.Advance(TimeSpan.FromMinutes(6)); // past the lease (60 s) and the presence (5 min + 20 s)

        var report = await rig.Worker("status-1").GetRequiredService<StatusReader>().ReadAsync();

        Assert.That(report.Lease.Holder, Is.Null);
        Assert.That(report.Lease.LastHolder?.Name, Is.EqualTo("worker-a"));
        Assert.That(report.Lease.Standbys, Is.Empty);
    }

    [Test]
    public async Task Marketo_usage_today_and_the_forecast_for_the_due_rows_are_shown()
    {
        await using var rig = await OperationsRig.StartAsync();
        for (var i = 0; i < 301; i++)
        {
            rig.PlantQueueRow(QueueStatus.Pending, QueueLane.Backfill, DataverseSchema.Contact.EntityName);
        }

        rig.PlantQueueRow(QueueStatus.Pending, QueueLane.Live, DataverseSchema.Lead.EntityName);
        rig.Settings["Marketo:DailyQuota"] = "100";
        rig.Settings["Marketo:DailyQuotaReserve"] = "0";
        rig.Settings["Drain:BackfillQuotaReserve"] = "0.99";

        var report = await rig.Worker("status-1").GetRequiredService<StatusReader>().ReadAsync();

        Assert.That(report.Problems, Is.Empty);
        Assert.That(report.Marketo.UsedToday, Is.GreaterThanOrEqualTo(0));
        Assert.That((report.Marketo.LiveCalls, report.Marketo.BackfillCalls), Is.EqualTo((1L, 2L)), "301 contacts are two calls of up to 300");
        Assert.That(report.Marketo.BackfillCallsPerDay, Is.EqualTo(1), "100 calls a day, 99 of them held back from Backfill");
        Assert.That(report.Marketo.DaysNeeded, Is.EqualTo(3), "today none (the Live call leaves 99 or fewer), then one Backfill call a day");
        Assert.That(report.Marketo.ResetsAt, Is.EqualTo(new DateTimeOffset(2026, 12, 3, 6, 0, 0, TimeSpan.Zero)), "00:00 America/Chicago (CST, UTC-6)");
    }
}
