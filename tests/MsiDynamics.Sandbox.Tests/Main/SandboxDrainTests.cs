using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Sandbox.Main;

namespace MsiDynamics.Sandbox.Tests.Main;

/// <summary>The sandbox's drain runs the worker's cycle while it finds work, and runs nothing when the worker has no cycle.</summary>
public sealed class SandboxDrainTests
{
    [Test]
    public async Task Cycles_run_until_one_finds_no_work()
    {
        var cycle = new ScriptedCycle(3);
        await using var services = new ServiceCollection().AddSingleton<IDrainCycle>(cycle).BuildServiceProvider();

        var reports = await SandboxDrain.UntilIdleAsync(services, CancellationToken.None);

        Assert.That(reports.Select(r => r.RowsRead), Is.EqualTo(new[] { 3, 2, 1, 0 }));
    }

    [Test]
    public async Task A_cycle_that_stops_early_ends_the_drain_with_its_rows_left_due()
    {
        var cycle = new ScriptedCycle(5, stop: DrainStop.QuotaExhausted);
        await using var services = new ServiceCollection().AddSingleton<IDrainCycle>(cycle).BuildServiceProvider();

        var reports = await SandboxDrain.UntilIdleAsync(services, CancellationToken.None);

        Assert.That(reports.Select(r => r.Stopped), Is.EqualTo(new DrainStop?[] { DrainStop.QuotaExhausted }));
    }

    [Test]
    public async Task Without_a_drain_cycle_in_the_worker_no_cycle_runs()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();

        var reports = await SandboxDrain.UntilIdleAsync(services, CancellationToken.None);

        Assert.That(reports, Is.Empty);
    }

    /// <summary>A queue of <c>due</c> rows, one settled per cycle, or every cycle stopped by <c>stop</c>.</summary>
    private sealed class ScriptedCycle(int due, DrainStop? stop = null) : IDrainCycle
    {
        public Task<DrainCycleReport> RunAsync(CancellationToken tenure)
        {
            var report = new DrainCycleReport(due, [], stop, 0, null, 0, 0);
            due = stop is null ? Math.Max(0, due - 1) : due;
            return Task.FromResult(report);
        }
    }
}
