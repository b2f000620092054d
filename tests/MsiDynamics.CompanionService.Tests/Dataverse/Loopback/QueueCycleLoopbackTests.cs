using System.Diagnostics;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>
/// The drain's request economy (issue 4 acceptance; architecture.md §8): leasing and completing the queue costs a bounded
/// number of Web API requests per row — a count the drain relies on under Dataverse's 6,000 requests per 5 minutes,
/// asserted as a count, not a timing.
/// </summary>
public sealed class QueueCycleLoopbackTests
{
    private const int Rows = 10_000;

    [Test]
    public async Task A_full_lease_and_complete_cycle_of_10000_rows_costs_at_most_one_request_per_100_rows_and_leaves_all_Succeeded()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var seeded = dv.Organization.SeedPendingQueueRows(Rows);
        dv.Traffic.Reset();
        var clock = Stopwatch.StartNew();

        var leased = new List<Guid>();
        var completed = 0;
        for (var lease = await Lease(dv); lease.Items.Count > 0; lease = await Lease(dv))
        {
            leased.AddRange(lease.Items.Select(i => i.Id));
            var done = await dv.Worker.Queue.CompleteAsync([.. lease.Items.Select(i => QueueCompletion.Succeeded(i.Id, i.Attempts + 1, "4711"))]);
            Assert.That(done.AllSucceeded, Is.True, done.ToString());
            completed += done.Outcomes.Count;
        }

        var requests = dv.Traffic.TotalRequests;
        var perRow = (double)requests / Rows;
        TestContext.Out.WriteLine(
            $"{Rows} rows: {requests} Web API requests ({perRow:F4} per row), {dv.Traffic.InnerRequests} inside $batch, {clock.Elapsed.TotalSeconds:F1} s");
        Assert.That(leased, Is.Unique.And.EquivalentTo(seeded));
        Assert.That(completed, Is.EqualTo(Rows));
        Assert.That(perRow, Is.LessThanOrEqualTo(0.01));
        Assert.That(dv.Traffic.ThrottledRequests, Is.Zero);
        Assert.That(seeded.Select(dv.Organization.QueueStatusOf), Has.All.EqualTo(QueueStatus.Succeeded));
    }

    private static Task<QueueLease> Lease(LoopbackDataverse dv) => dv.Worker.Queue.LeaseAsync("worker-1", 5000, TimeSpan.FromMinutes(5));
}
