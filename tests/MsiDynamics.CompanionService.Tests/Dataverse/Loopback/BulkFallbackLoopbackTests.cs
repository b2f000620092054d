using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Bulk;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>
/// UpdateMultiple on a table the emulator refuses bulk messages for (connection, dataverse.md §0.13): the client reads
/// the emulator's refusal as one, sends the rows as a <c>$batch</c> of PATCHes, and goes straight there the next time.
/// </summary>
public sealed class BulkFallbackLoopbackTests
{
    [Test]
    public async Task UpdateMultiple_on_a_refusing_table_falls_back_to_a_batch_of_PATCHes_and_every_row_is_updated()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var ids = SeedConnections(dv, 3);
        dv.Traffic.Reset();

        var result = await dv.Worker.Client.Bulk.UpdateMultipleAsync(DataverseTable.Connection, Described(ids, "Met at the fair"), "test.bulk");

        Assert.That((result.AllSucceeded, result.ByBatch, result.HttpRequests), Is.EqualTo((true, true, 2)), result.ToString());
        Assert.That((dv.Traffic.RequestsOfKind("UpdateMultiple"), dv.Traffic.RequestsOfKind("Batch"), dv.Traffic.RequestsOfKind("Update")),
            Is.EqualTo((1, 1, 3)), "one refused UpdateMultiple, then one $batch of three PATCHes with If-Match");
        Assert.That(ids.Select(id => dv.Organization.Row("connection", id)["description"]), Has.All.EqualTo("Met at the fair"));
    }

    [Test]
    public async Task After_a_refusal_the_next_UpdateMultiple_on_that_table_goes_straight_to_the_batch()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var ids = SeedConnections(dv, 2);
        await dv.Worker.Client.Bulk.UpdateMultipleAsync(DataverseTable.Connection, Described(ids, "First"), "test.bulk");
        dv.Traffic.Reset();

        var again = await dv.Worker.Client.Bulk.UpdateMultipleAsync(DataverseTable.Connection, Described(ids, "Second"), "test.bulk");

        Assert.That((again.AllSucceeded, again.ByBatch, again.HttpRequests), Is.EqualTo((true, true, 1)), again.ToString());
        Assert.That((dv.Traffic.TotalRequests, dv.Traffic.RequestsOfKind("UpdateMultiple")), Is.EqualTo((1, 0)));
        Assert.That(ids.Select(id => dv.Organization.Row("connection", id)["description"]), Has.All.EqualTo("Second"));
    }

    internal static List<Guid> SeedConnections(LoopbackDataverse dv, int count)
    {
        var account = dv.Organization.SeedAccount("Contoso");
        return [.. Enumerable.Range(0, count).Select(i => dv.Organization.SeedRow("connection",
            ("record1id", new EntityReference("account", account)),
            ("record2id", new EntityReference("lead", dv.Organization.SeedLead($"Lead {i}")))))];
    }

    internal static List<RowUpdate> Described(IEnumerable<Guid> ids, string description) =>
        [.. ids.Select(id => new RowUpdate(id, new JsonObject { ["description"] = description }))];
}
