using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>
/// Dataverse may send a 404 or 412 with an empty error code (dataverse.md §0.14): with the emulator's
/// <c>EmptyErrorCodeOn404And412</c> on, the client still reads a stale ETag as a lost race and a gone row as missing,
/// from the status and from what it sent, alone and inside a <c>$batch</c>.
/// </summary>
public sealed class EmptyErrorCodeLoopbackTests
{
    [Test]
    public async Task A_stale_ETag_answered_without_a_code_is_still_a_LostRace()
    {
        await using var dv = await StartAsync();
        var id = dv.Organization.SeedAccount("Contoso");
        var read = await dv.Worker.Client.Queries.ListAsync(new DataverseQuery("accounts").Select("name"), "test.read");
        var etag = read.Rows.Single().ETag!;
        await dv.Worker.Client.Records.UpdateAsync("accounts", id, new JsonObject { ["name"] = "First" }, etag);

        var stale = await dv.Worker.Client.Records.UpdateAsync("accounts", id, new JsonObject { ["name"] = "Second" }, etag);

        Assert.That((stale.Kind, stale.HttpStatus, stale.Error!.Code), Is.EqualTo((DataverseOutcomeKind.LostRace, 412, string.Empty)));
        Assert.That(dv.Organization.Row("account", id)["name"], Is.EqualTo("First"));
    }

    [Test]
    public async Task A_deleted_row_answered_without_a_code_is_still_NotFound_for_an_update_and_a_delete()
    {
        await using var dv = await StartAsync();
        var id = dv.Organization.SeedAccount("Contoso");
        await dv.Worker.Client.Records.DeleteAsync("accounts", id);

        var update = await dv.Worker.Client.Records.UpdateAsync("accounts", id, new JsonObject { ["name"] = "Ghost" });
        var delete = await dv.Worker.Client.Records.DeleteAsync("accounts", id);

        Assert.That((update.Kind, update.HttpStatus, update.Error!.Code), Is.EqualTo((DataverseOutcomeKind.NotFound, 404, string.Empty)));
        Assert.That(delete.Kind, Is.EqualTo(DataverseOutcomeKind.NotFound));
        Assert.That(dv.Organization.Rows("account"), Is.Empty, "the update created nothing");
    }

    [Test]
    public async Task Inside_a_batch_a_gone_row_is_NotFound_and_a_stale_ETag_a_LostRace_without_codes()
    {
        await using var dv = await StartAsync();
        var gone = dv.Organization.SeedAccount("Gone");
        dv.Organization.ServiceAs(dv.Organization.SystemUserId).Delete("account", gone);
        var stale = dv.Organization.SeedAccount("Stale");
        var staleETag = $"W/\"{dv.Organization.VersionOf("account", stale)}\"";
        dv.Organization.ServiceAs(dv.Organization.SystemUserId).Update(new Microsoft.Xrm.Sdk.Entity("account", stale) { ["name"] = "Changed" });
        var batch = new DataverseBatch { ContinueOnError = true }
            .Add(BatchOperation.Update("accounts", gone, new JsonObject { ["name"] = "Ghost" }, "*"))
            .Add(BatchOperation.Update("accounts", stale, new JsonObject { ["name"] = "Overwritten" }, staleETag));

        var result = await dv.Worker.Client.Batches.ExecuteAsync(batch, "test.batch");

        Assert.That(result.Results.Select(r => (r.Outcome.Kind, r.Outcome.Error?.Code)), Is.EqualTo(new (DataverseOutcomeKind, string?)[]
        {
            (DataverseOutcomeKind.NotFound, string.Empty), (DataverseOutcomeKind.LostRace, string.Empty),
        }));
        Assert.That(dv.Organization.Row("account", stale)["name"], Is.EqualTo("Changed"));
    }

    [Test]
    public async Task A_gone_row_in_the_fallback_batch_of_a_refusing_table_is_NotFound_alone()
    {
        await using var dv = await StartAsync();
        var ids = BulkFallbackLoopbackTests.SeedConnections(dv, 2);
        dv.Organization.ServiceAs(dv.Organization.SystemUserId).Delete("connection", ids[0]);

        var result = await dv.Worker.Client.Bulk.UpdateMultipleAsync(
            DataverseTable.Connection, BulkFallbackLoopbackTests.Described(ids, "Met"), "test.bulk");

        Assert.That(result.Outcomes.Select(o => o.Kind), Is.EqualTo(new[] { DataverseOutcomeKind.NotFound, DataverseOutcomeKind.Succeeded }));
        Assert.That(dv.Organization.Row("connection", ids[1])["description"], Is.EqualTo("Met"));
    }

    private static Task<LoopbackDataverse> StartAsync() => LoopbackDataverse.StartAsync(emulator: e => e.EmptyErrorCodeOn404And412 = true);
}
