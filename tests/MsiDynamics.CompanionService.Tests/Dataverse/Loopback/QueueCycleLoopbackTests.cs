using System.Diagnostics;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Tests.Sync.Source;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>
/// The drain's request economy (architecture.md §3.8, §8): reading the queue page by page and completing each page
/// before the next is read costs a bounded number of Web API requests per row — a count the drain relies on under
/// Dataverse's 6,000 requests per 5 minutes, asserted as a count, not a timing — and no row is skipped by the rows
/// the earlier pages' completions took out of the filter.
/// </summary>
public sealed class QueueCycleLoopbackTests
{
    private const int Rows = 10_000;

    [Test]
    public async Task A_full_read_and_complete_cycle_of_10000_rows_costs_at_most_one_request_per_100_rows_and_leaves_all_Succeeded()
    {
        var time = TimeProvider.System;
        await using var dv = await LoopbackDataverse.StartAsync(client: new Dictionary<string, string?> { ["Dataverse:MaxPageSize"] = "3000" });
        var seeded = dv.Organization.SeedPendingQueueRows(Rows);
        var source = dv.Worker.WorkSource(time);
        dv.Traffic.Reset();
        var clock = Stopwatch.StartNew();

        var read = new List<Guid>();
        var completed = 0;
        await foreach (var batch in source.ReadDueAsync(CancellationToken.None))
        {
            read.AddRange(batch.Rows.Select(r => r.Id));
            var done = await source.CompleteAsync([.. batch.Rows.Select(r => QueueCompletion.Succeeded(r.Id, r.Attempts + 1, "4711"))], CancellationToken.None);
            Assert.That(done.AllSucceeded, Is.True, done.ToString());
            completed += done.Outcomes.Count;
        }

        var requests = dv.Traffic.TotalRequests;
        var perRow = (double)requests / Rows;
        TestContext.Out.WriteLine($"{Rows} rows: {requests} Web API requests ({perRow:F4} per row), {clock.Elapsed.TotalSeconds:F1} s");
        Assert.That(read, Is.Unique.And.EquivalentTo(seeded));
        Assert.That(completed, Is.EqualTo(Rows));
        Assert.That(perRow, Is.LessThanOrEqualTo(0.01));
        Assert.That(dv.Traffic.ThrottledRequests, Is.Zero);
        Assert.That(seeded.Select(dv.Organization.QueueStatusOf), Has.All.EqualTo(QueueStatus.Succeeded));
    }
}
