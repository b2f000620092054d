using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.Bulk;

namespace MsiDynamics.CompanionService.Tests.Service;

/// <summary>
/// The worker's count of both Dataverse costs (dataverse.md §0.12), kept by the transport for every request it sends:
/// a <c>$batch</c> is one request of as many operations as it holds, a bulk message one of as many as its targets.
/// </summary>
public sealed class DataverseCostsTests
{
    [Test]
    public async Task A_plain_request_costs_one_request_and_one_operation_as_the_emulator_counts_it()
    {
        await using var worker = await RunnerLoopback.StartAsync();
        var (requests, operations) = (worker.Costs.Requests, worker.Costs.Operations);
        worker.Dataverse.Traffic.Reset();

        await worker.Get<DataverseClient>().Records.CreateAsync("msi_syncstates", new JsonObject { ["msi_name"] = "costs", ["msi_value"] = "1" });

        Assert.That((worker.Costs.Requests - requests, worker.Costs.Operations - operations), Is.EqualTo((1L, 1L)));
        Assert.That((worker.Dataverse.Traffic.ServiceProtectionRequests, worker.Dataverse.Traffic.EntitlementOperations), Is.EqualTo((1L, 1L)));
    }

    [Test]
    public async Task A_batch_costs_one_request_and_one_operation_for_each_request_inside()
    {
        await using var worker = await RunnerLoopback.StartAsync();
        var before = (worker.Costs.Requests, worker.Costs.Operations);
        var batch = new DataverseBatch()
            .Add(BatchOperation.Get("msi_syncstates?$select=msi_name", []))
            .Add(BatchOperation.Get("msi_syncsettings?$select=msi_entity", []))
            .Add(BatchOperation.Get("msi_syncstates?$select=msi_value", []));

        var result = await worker.Get<DataverseClient>().Batches.ExecuteAsync(batch, "test.batch");

        Assert.That(result.Results.Select(r => r.Outcome.IsSuccess), Is.All.True);
        Assert.That((worker.Costs.Requests - before.Requests, worker.Costs.Operations - before.Operations), Is.EqualTo((1L, 3L)));
    }

    [Test]
    public async Task An_UpdateMultiple_costs_one_request_and_one_operation_for_each_target()
    {
        await using var worker = await RunnerLoopback.StartAsync();
        var client = worker.Get<DataverseClient>();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var created = await client.Records.CreateAsync("accounts", new JsonObject { ["name"] = $"Account {i}" });
            ids.Add(created.Id!.Value);
        }

        var before = (worker.Costs.Requests, worker.Costs.Operations);
        var result = await client.Bulk.UpdateMultipleAsync(
            DataverseTable.Account, [.. ids.Select(id => new RowUpdate(id, new JsonObject { ["telephone1"] = "555-0100" }))], "test.bulk");

        Assert.That((result.ByBatch, result.Outcomes.All(o => o.IsSuccess)), Is.EqualTo((false, true)));
        Assert.That((worker.Costs.Requests - before.Requests, worker.Costs.Operations - before.Operations), Is.EqualTo((1L, 3L)));
    }
}
