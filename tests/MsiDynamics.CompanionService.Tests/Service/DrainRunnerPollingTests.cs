namespace MsiDynamics.CompanionService.Tests.Service;

/// <summary>
/// How often the lease holder looks at the queue: at once after work, backing off to the idle interval when the queue
/// is empty (each look is a Dataverse request), and at once when woken.
/// </summary>
public sealed class DrainRunnerPollingTests
{
    [Test]
    public async Task An_empty_queue_is_looked_at_after_1_2_4_8_then_every_15_seconds_and_work_resets_the_back_off()
    {
        await using var worker = await RunnerLoopback.StartAsync();
        worker.Cycle.Script(Reports.Work, Reports.Work);
        using var stopping = new CancellationTokenSource();
        var run = worker.Runner.RunAsync(stopping.Token);

        await Eventually.Until(() => worker.Cycle.Count == 3, "two cycles with work and a first empty one, at once after the claim");
        var waits = new List<TimeSpan>();
        for (var cycle = 4; cycle <= 9; cycle++)
        {
            waits.Add(await NextWaitAsync(worker, cycle));
        }

        worker.Cycle.Script(Reports.Work);
        waits.Add(await NextWaitAsync(worker, 10));
        await Eventually.Until(() => worker.Cycle.Count == 11, "a cycle at once after the one that found work");
        waits.Add(await NextWaitAsync(worker, 12));
        await stopping.CancelAsync();
        await run.WaitAsync(Eventually.Deadline);

        Assert.That(waits.Select(w => w.TotalSeconds), Is.EqualTo(new[] { 1, 2, 4, 8, 15, 15, 15, 1 }));
        Assert.That(worker.Cycle.Starts.Take(3), Is.All.EqualTo(RunnerLoopback.Start), "work is followed by the next cycle at once");
        Assert.That(worker.Cycle.Starts[10], Is.EqualTo(worker.Cycle.Starts[9]), "and so is the cycle after work found later");
    }

    [Test]
    public async Task A_wake_up_starts_a_cycle_at_once_whatever_the_back_off()
    {
        await using var worker = await RunnerLoopback.StartAsync();
        using var stopping = new CancellationTokenSource();
        var run = worker.Runner.RunAsync(stopping.Token);
        await Eventually.Until(() => worker.Cycle.Count == 1 && worker.Activity.NextLook is not null, "the first, empty cycle and the wait after it");

        worker.Runner.Wake();
        await Eventually.Until(() => worker.Cycle.Count == 2, "the cycle the wake-up asked for");
        await stopping.CancelAsync();
        await run.WaitAsync(Eventually.Deadline);

        Assert.That(worker.Cycle.Starts, Is.EqualTo(new[] { RunnerLoopback.Start, RunnerLoopback.Start }), "no time passed on the clock");
    }

    [Test]
    public async Task A_standby_runs_no_cycle_while_another_worker_holds_the_lease()
    {
        await using var worker = await RunnerLoopback.StartAsync();
        await worker.OtherWorker("worker-2").StepAsync(CancellationToken.None);
        using var stopping = new CancellationTokenSource();
        var run = worker.Runner.RunAsync(stopping.Token);

        await Eventually.Until(() => worker.Activity.NextLook == RunnerLoopback.Start.AddSeconds(15), "the standby's first wait");
        worker.Time.Advance(TimeSpan.FromSeconds(15));
        await Eventually.Until(() => worker.Activity.NextLook == RunnerLoopback.Start.AddSeconds(30), "the standby's second wait");
        await stopping.CancelAsync();
        await run.WaitAsync(Eventually.Deadline);

        Assert.That((worker.Cycle.Count, worker.Runner.IsHolding), Is.EqualTo((0, false)));
    }

    /// <summary>Waits for the runner's wait before cycle <paramref name="cycle"/>, advances the clock past it and returns its length.</summary>
    private static async Task<TimeSpan> NextWaitAsync(RunnerLoopback worker, int cycle)
    {
        await Eventually.Until(() => worker.Cycle.Count == cycle - 1 && worker.Activity.NextLook is not null, $"the wait before cycle {cycle}");
        var wait = worker.Activity.NextLook!.Value - worker.Time.GetUtcNow();
        worker.Time.Advance(wait);
        await Eventually.Until(() => worker.Cycle.Count >= cycle, $"cycle {cycle}");
        return wait;
    }
}
