using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Tests.Dataverse.Loopback;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Source;

/// <summary>
/// What the due read costs Dataverse (dataverse.md §0.10, §0.12): one GET a page and nothing a row — no claim, no
/// <c>$batch</c> — and that it stops when the drain lease's tenure ends.
/// </summary>
public sealed class DataverseWorkSourceTrafficTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Reading_ten_thousand_due_rows_costs_one_GET_a_page_and_claims_none_of_them()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time);
        var ids = dv.Organization.SeedPendingQueueRows(10_000);
        dv.Traffic.Reset();

        var batches = await dv.Worker.WorkSource(time).ReadAllAsync();

        Assert.That(batches.SelectMany(b => b.Rows).Select(r => r.Id), Is.EquivalentTo(ids));
        Assert.That(dv.Traffic.TotalRequests, Is.EqualTo(batches.Count), "one request a page");
        Assert.That(dv.Traffic.EntitlementOperations, Is.EqualTo(batches.Count), "one operation a page");
        Assert.That(dv.Traffic.RequestsByKind.Keys, Is.EquivalentTo(new[] { "RetrieveMultiple" }));
        Assert.That((double)dv.Traffic.TotalRequests / ids.Count, Is.LessThanOrEqualTo(0.01));
        Assert.That(ids.All(id => dv.Organization.QueueStatusOf(id) == QueueStatus.Pending), Is.True, "reading changes no row");
    }

    [Test]
    public async Task The_due_read_asks_Dataverse_for_the_next_page_only_when_the_drain_asks_for_the_next_batch()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time, client: new Dictionary<string, string?> { ["Dataverse:MaxPageSize"] = "2" });
        dv.Organization.SeedPendingQueueRows(7);
        dv.Traffic.Reset();
        var requestsAtEachBatch = new List<long>();
        var rowsInEachBatch = new List<int>();

        await foreach (var batch in dv.Worker.WorkSource(time).ReadDueAsync(CancellationToken.None))
        {
            requestsAtEachBatch.Add(dv.Traffic.TotalRequests);
            rowsInEachBatch.Add(batch.Rows.Count);
        }

        Assert.That(requestsAtEachBatch, Is.EqualTo(new long[] { 1, 2, 3, 4 }), "no page is read ahead of the batch that carries it");
        Assert.That(rowsInEachBatch, Is.EqualTo(new[] { 2, 2, 2, 1 }), "a batch holds one page, never the backlog");
    }

    [Test]
    public async Task Once_the_tenure_is_cancelled_no_further_page_is_read()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time, client: new Dictionary<string, string?> { ["Dataverse:MaxPageSize"] = "2" });
        dv.Organization.SeedPendingQueueRows(6);
        dv.Traffic.Reset();
        using var tenure = new CancellationTokenSource();
        var read = new List<Guid>();

        Assert.ThrowsAsync<OperationCanceledException>(async () =>
        {
            await foreach (var batch in dv.Worker.WorkSource(time).ReadDueAsync(tenure.Token))
            {
                read.AddRange(batch.Rows.Select(r => r.Id));
                await tenure.CancelAsync();
            }
        });

        Assert.That((read.Count, dv.Traffic.TotalRequests), Is.EqualTo((2, 1)));
    }

    [Test]
    public async Task A_tenure_already_ended_reads_nothing()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time);
        dv.Organization.SeedPendingQueueRows(3);
        dv.Traffic.Reset();
        using var tenure = new CancellationTokenSource();
        await tenure.CancelAsync();

        Assert.ThrowsAsync<OperationCanceledException>(async () => await dv.Worker.WorkSource(time).ReadAllAsync(tenure.Token));

        Assert.That(dv.Traffic.TotalRequests, Is.Zero);
    }
    [Test]
    public async Task The_rows_read_are_completed_in_one_UpdateMultiple_and_are_not_due_again()
    {
        var time = new FakeTimeProvider(Start);
        await using var dv = await LoopbackDataverse.StartAsync(time);
        dv.Organization.SeedPendingQueueRows(5);
        var source = dv.Worker.WorkSource(time);
        var rows = (await source.ReadAllAsync()).SelectMany(b => b.Rows).ToList();
        dv.Traffic.Reset();

        var result = await source.CompleteAsync([.. rows.Select(r => QueueCompletion.Succeeded(r.Id, 1, "4711"))], CancellationToken.None);

        Assert.That(result.AllSucceeded, Is.True, result.ToString());
        Assert.That((dv.Traffic.TotalRequests, dv.Traffic.RequestsOfKind("UpdateMultiple")), Is.EqualTo((1, 1)));
        Assert.That((await source.ReadAllAsync()).SelectMany(b => b.Rows), Is.Empty);
    }
}
