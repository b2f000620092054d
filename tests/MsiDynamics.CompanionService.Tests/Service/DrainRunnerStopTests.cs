using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Tests.Service;

/// <summary>
/// A stop lets the cycle in hand finish under its lease and then releases the lease, so a standby takes over at its next
/// look; <c>drain --once</c> drains until a cycle finds no work and says why when it could not.
/// </summary>
public sealed class DrainRunnerStopTests
{
    [Test]
    public async Task A_stop_finishes_the_cycle_in_hand_then_releases_the_lease_for_a_standby()
    {
        await using var worker = await RunnerLoopback.StartAsync();
        worker.Cycle.Hold();
        worker.Cycle.Script(Reports.Work);
        using var stopping = new CancellationTokenSource();
        var run = worker.Runner.RunAsync(stopping.Token);
        await Eventually.Until(() => worker.Cycle.Count == 1, "the cycle in hand");

        await stopping.CancelAsync();
        worker.Cycle.Release();
        await run.WaitAsync(Eventually.Deadline);

        Assert.Multiple(() =>
        {
            Assert.That(worker.Cycle.TenureEndedAtLastReturn, Is.False, "the cycle in hand kept its tenure to its end");
            Assert.That(worker.Activity.LastReport, Is.EqualTo(Reports.Work), "and its report was taken");
            Assert.That(worker.Cycle.Count, Is.EqualTo(1), "no cycle started after the stop");
            Assert.That(worker.Runner.IsHolding, Is.False);
            Assert.That(worker.StoredLease, Does.StartWith("2026-03-02T09:00:00.000Z worker-1\t"), "released: it expires now");
        });
        Assert.That(await worker.OtherWorker("worker-2").StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Claimed));
    }

    [Test]
    public async Task Drain_once_runs_cycles_until_one_finds_no_work_then_releases_the_lease()
    {
        await using var worker = await RunnerLoopback.StartAsync();
        worker.Cycle.Script(Reports.Work, Reports.Work);

        var summary = await worker.Runner.DrainUntilEmptyAsync(CancellationToken.None).WaitAsync(Eventually.Deadline);

        Assert.Multiple(() =>
        {
            Assert.That((summary.Cycles, summary.RowsRead, summary.Records, summary.DeadLettered), Is.EqualTo((3, 6L, 4L, 2L)));
            Assert.That((summary.Drained, DrainExit.CodeOf(summary)), Is.EqualTo((true, 0)));
            Assert.That(worker.Runner.IsHolding, Is.False);
        });
        Assert.That(await worker.OtherWorker("worker-2").StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Claimed));
    }

    [Test]
    public async Task Drain_once_ends_non_zero_saying_why_when_a_cycle_stops_with_rows_left_due()
    {
        await using var worker = await RunnerLoopback.StartAsync();
        worker.Cycle.Script(Reports.Work, Reports.Stopped(DrainStop.QuotaExhausted), Reports.Work);

        var summary = await worker.Runner.DrainUntilEmptyAsync(CancellationToken.None).WaitAsync(Eventually.Deadline);

        Assert.That((summary.Cycles, summary.Stopped, summary.Drained), Is.EqualTo((2, DrainStop.QuotaExhausted, false)));
        Assert.That(DrainExit.CodeOf(summary), Is.EqualTo(DrainExit.Stopped));
        Assert.That(DrainExit.MessageOf(summary), Does.Contain("daily API quota is spent"));
    }

    [Test]
    public async Task Drain_once_does_nothing_and_says_so_while_another_worker_holds_the_lease()
    {
        await using var worker = await RunnerLoopback.StartAsync();
        await worker.OtherWorker("worker-2").StepAsync(CancellationToken.None);

        var summary = await worker.Runner.DrainUntilEmptyAsync(CancellationToken.None).WaitAsync(Eventually.Deadline);

        Assert.That((summary.LeaseHeld, worker.Cycle.Count, DrainExit.CodeOf(summary)), Is.EqualTo((false, 0, DrainExit.LeaseHeldElsewhere)));
        Assert.That(DrainExit.MessageOf(summary), Does.Contain("Another worker holds the drain lease"));
    }
}
