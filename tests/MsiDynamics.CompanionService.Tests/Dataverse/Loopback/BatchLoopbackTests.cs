using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.Bulk;
using MsiDynamics.CompanionService.Dataverse.Errors;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary><c>$batch</c> and <c>UpdateMultiple</c> over loopback (dataverse.md §6).</summary>
public sealed class BatchLoopbackTests
{
    private static readonly Guid Missing = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    [Test]
    public async Task A_change_set_that_succeeds_applies_every_request_and_answers_each_created_id()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var existing = dv.Organization.SeedAccount("Before");
        var batch = new DataverseBatch().AddChangeSet(
        [
            BatchOperation.Create("accounts", new JsonObject { ["name"] = "One" }),
            BatchOperation.Update("accounts", existing, new JsonObject { ["name"] = "After" }, "*"),
            BatchOperation.Create("accounts", new JsonObject { ["name"] = "Two" }),
        ]);

        var result = await dv.Worker.Client.Batches.ExecuteAsync(batch, "test.batch");

        Assert.That(result.AllSucceeded, Is.True, result.ToString());
        Assert.That(dv.Organization.Row("account", result.Results[0].Outcome.Id!.Value)["name"], Is.EqualTo("One"));
        Assert.That(dv.Organization.Row("account", result.Results[2].Outcome.Id!.Value)["name"], Is.EqualTo("Two"));
        Assert.That(dv.Organization.Row("account", existing)["name"], Is.EqualTo("After"));
        Assert.That((dv.Traffic.TotalRequests, dv.Traffic.BatchRequests, dv.Traffic.InnerRequests), Is.EqualTo((1, 1, 3)));
    }

    [Test]
    public async Task A_change_set_with_a_failing_request_rolls_every_request_back_and_stops_the_batch()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var existing = dv.Organization.SeedAccount("Before");
        var batch = new DataverseBatch()
            .AddChangeSet(
            [
                BatchOperation.Create("accounts", new JsonObject { ["name"] = "Rolled back" }),
                BatchOperation.Update("accounts", existing, new JsonObject { ["name"] = "Rolled back too" }, "*"),
                BatchOperation.Update("accounts", Missing, new JsonObject { ["name"] = "Ghost" }, "*"),
            ])
            .Add(BatchOperation.Create("accounts", new JsonObject { ["name"] = "After the failure" }));

        var result = await dv.Worker.Client.Batches.ExecuteAsync(batch, "test.batch");

        Assert.That(result.Results.Take(3).Select(r => r.Outcome.Kind), Has.All.EqualTo(DataverseOutcomeKind.NotFound));
        Assert.That(result.Results[3].Outcome.Kind, Is.EqualTo(DataverseOutcomeKind.NotExecuted));
        Assert.That(dv.Organization.Rows("account").Select(a => a["name"]), Is.EqualTo(new[] { "Before" }));
    }

    [Test]
    public async Task Independent_requests_with_continue_on_error_all_run_and_each_reports_its_own_outcome()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var stale = dv.Organization.SeedAccount("Stale");
        var staleETag = $"W/\"{dv.Organization.VersionOf("account", stale)}\"";
        dv.Organization.ServiceAs(dv.Organization.SystemUserId).Update(new Microsoft.Xrm.Sdk.Entity("account", stale) { ["name"] = "Changed" });
        var doomed = dv.Organization.SeedAccount("Doomed");
        var batch = new DataverseBatch { ContinueOnError = true }
            .Add(BatchOperation.Create("accounts", new JsonObject { ["name"] = "New" }))
            .Add(BatchOperation.Update("accounts", Missing, new JsonObject { ["name"] = "Ghost" }, "*"))
            .Add(BatchOperation.Update("accounts", stale, new JsonObject { ["name"] = "Overwritten" }, staleETag))
            .Add(BatchOperation.Delete("accounts", doomed));

        var result = await dv.Worker.Client.Batches.ExecuteAsync(batch, "test.batch");

        Assert.That(result.Results.Select(r => r.Outcome.Kind), Is.EqualTo(new[]
        {
            DataverseOutcomeKind.Succeeded, DataverseOutcomeKind.NotFound, DataverseOutcomeKind.LostRace, DataverseOutcomeKind.Succeeded,
        }));
        Assert.That(dv.Organization.Rows("account").Select(a => a["name"]), Is.EquivalentTo(new[] { "Changed", "New" }));
        Assert.That(result.HttpRequests, Is.EqualTo(1));
    }

    [Test]
    public async Task UpdateMultiple_of_1000_rows_is_exactly_one_HTTP_request_and_updates_every_row()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var ids = Enumerable.Range(0, 1000).Select(i => dv.Organization.SeedAccount($"Account {i}")).ToList();
        dv.Traffic.Reset();

        var result = await dv.Worker.Client.Bulk.UpdateMultipleAsync(
            DataverseTable.Account, [.. ids.Select(id => new RowUpdate(id, new JsonObject { ["name"] = $"Renamed {id:N}" }))], "test.bulk");

        Assert.That((result.AllSucceeded, result.HttpRequests), Is.EqualTo((true, 1)), result.ToString());
        Assert.That((dv.Traffic.TotalRequests, dv.Traffic.RequestsOfKind("UpdateMultiple")), Is.EqualTo((1, 1)));
        Assert.That(ids.Select(id => dv.Organization.Row("account", id)["name"]), Is.EqualTo(ids.Select(id => $"Renamed {id:N}")));
    }
}
