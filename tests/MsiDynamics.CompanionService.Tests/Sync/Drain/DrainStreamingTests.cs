using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.CompanionService.Sync.Source;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>
/// The drain streams the queue (architecture.md §3.8): a cycle takes one batch of due rows, at most
/// <c>Drain:RowsPerCycle</c>, and asks for no further one, so what the worker holds is bounded by the cycle's size
/// whatever the backlog's depth.
/// </summary>
public sealed class DrainStreamingTests
{
    [Test]
    public async Task Each_cycle_takes_one_batch_of_at_most_RowsPerCycle_rows_from_a_backlog_many_batches_deep()
    {
        await using var rig = await DrainRig.StartAsync(settings: new Dictionary<string, string?> { ["Drain:RowsPerCycle"] = "10" });
        BatchCountingSource? counting = null;
        var worker = rig.Worker("streaming-worker", configure: services => services.Replace(ServiceDescriptor.Singleton<IWorkSource>(sp =>
            counting = new BatchCountingSource(ActivatorUtilities.CreateInstance<DataverseWorkSource>(sp)))));
        var cycle = worker.GetRequiredService<IDrainCycle>();
        var owner = new EntityReference(DataverseSchema.SystemUser.EntityName, rig.Org.Seed(new Entity(DataverseSchema.SystemUser.EntityName)
        {
            ["lastname"] = "Seller", ["internalemailaddress"] = "seller@contoso.example",
        }));
        for (var i = 0; i < 45; i++)
        {
            rig.Save(new Entity(DataverseSchema.Account.EntityName) { ["name"] = $"Account {i}", ["ownerid"] = owner });
        }

        var first = await cycle.RunAsync(CancellationToken.None);

        Assert.That((first.RowsRead, counting!.Batches, counting.LargestBatch), Is.EqualTo((10, 1, 10)), "one batch, not the backlog");
        Assert.That(rig.Statuses.Count(s => s == QueueStatus.Pending), Is.EqualTo(35), "the rest stay due, unread");

        var cycles = 1;
        while ((await cycle.RunAsync(CancellationToken.None)).FoundWork)
        {
            cycles++;
        }

        Assert.Multiple(() =>
        {
            Assert.That(counting.Batches, Is.EqualTo(cycles + 1), "one batch a cycle, the last one empty");
            Assert.That(counting.LargestBatch, Is.EqualTo(10));
            Assert.That(rig.Statuses, Is.All.EqualTo(QueueStatus.Succeeded));
            Assert.That(rig.Store.Companies, Has.Count.EqualTo(45));
        });
    }
}
