using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.Errors;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>
/// A <c>$batch</c> without continue-on-error stops at its first failure and answers with that request's status
/// (execute-batch-operations-using-web-api, "Handling errors"): the requests after it never run, and those before
/// it ran exactly once — whatever the status, and however many HTTP requests the client split the batch into.
/// </summary>
public sealed class BatchStopLoopbackTests
{
    [Test]
    public async Task A_batch_stopped_by_a_server_error_is_not_sent_again_so_the_requests_before_it_ran_once()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        dv.Organization.InjectFault("Create", "contact", new TimeoutException("SQL timeout"));
        var batch = new DataverseBatch()
            .Add(BatchOperation.Create("accounts", new JsonObject { ["name"] = "Once" }))
            .Add(BatchOperation.Create("contacts", new JsonObject { ["lastname"] = "Fails" }))
            .Add(BatchOperation.Create("accounts", new JsonObject { ["name"] = "Never" }));

        var result = await dv.Worker.Client.Batches.ExecuteAsync(batch, "test.batch");

        Assert.That(result.Results.Select(r => r.Outcome.Kind), Is.EqualTo(new[]
        {
            DataverseOutcomeKind.Succeeded, DataverseOutcomeKind.Unavailable, DataverseOutcomeKind.NotExecuted,
        }));
        Assert.That(result.Results[1].Outcome.HttpStatus, Is.EqualTo(500));
        Assert.That(dv.Organization.Rows("account").Select(a => a["name"]), Is.EqualTo(new[] { "Once" }));
        Assert.That((dv.Traffic.TotalRequests, dv.Traffic.ResponsesByStatus.GetValueOrDefault(500)), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task A_failure_in_one_HTTP_request_of_a_split_batch_stops_the_later_ones_without_continue_on_error()
    {
        await using var dv = await LoopbackDataverse.StartAsync(client: new Dictionary<string, string?> { ["Dataverse:MaxBatchRequests"] = "2" });
        var batch = new DataverseBatch()
            .Add(BatchOperation.Create("accounts", new JsonObject { ["name"] = "First" }))
            .Add(BatchOperation.Create("accounts", new JsonObject { ["nosuchcolumn"] = "x" }))
            .Add(BatchOperation.Create("accounts", new JsonObject { ["name"] = "Third" }))
            .Add(BatchOperation.Create("accounts", new JsonObject { ["name"] = "Fourth" }));

        var result = await dv.Worker.Client.Batches.ExecuteAsync(batch, "test.batch");

        Assert.That(result.Results.Select(r => r.Outcome.Kind), Is.EqualTo(new[]
        {
            DataverseOutcomeKind.Succeeded, DataverseOutcomeKind.Rejected, DataverseOutcomeKind.NotExecuted, DataverseOutcomeKind.NotExecuted,
        }));
        Assert.That(dv.Organization.Rows("account").Select(a => a["name"]), Is.EqualTo(new[] { "First" }));
        Assert.That((result.HttpRequests, dv.Traffic.BatchRequests), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task With_continue_on_error_every_HTTP_request_of_a_split_batch_is_sent_after_a_failure()
    {
        await using var dv = await LoopbackDataverse.StartAsync(client: new Dictionary<string, string?> { ["Dataverse:MaxBatchRequests"] = "2" });
        var batch = new DataverseBatch { ContinueOnError = true }
            .Add(BatchOperation.Create("accounts", new JsonObject { ["nosuchcolumn"] = "x" }))
            .Add(BatchOperation.Create("accounts", new JsonObject { ["name"] = "Second" }))
            .Add(BatchOperation.Create("accounts", new JsonObject { ["name"] = "Third" }));

        var result = await dv.Worker.Client.Batches.ExecuteAsync(batch, "test.batch");

        Assert.That(result.Results.Select(r => r.Outcome.Kind), Is.EqualTo(new[]
        {
            DataverseOutcomeKind.Rejected, DataverseOutcomeKind.Succeeded, DataverseOutcomeKind.Succeeded,
        }));
        Assert.That((result.HttpRequests, dv.Traffic.BatchRequests), Is.EqualTo((2, 2)));
    }
}
