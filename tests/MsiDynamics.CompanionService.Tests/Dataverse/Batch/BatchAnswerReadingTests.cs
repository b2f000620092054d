using System.Net;
using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Batch;

/// <summary>dataverse.md §6.1: a $batch answer is read from its body; one that cannot be read leaves every request Unknown.</summary>
public sealed class BatchAnswerReadingTests
{
    private const string Stale = """{"error":{"code":"0x80060882","message":"The version of the existing record doesn't match the RowVersion property provided."}}""";

    private static readonly Dictionary<string, string?> NoRetries = new() { ["Dataverse:MaxRetryAttempts"] = "0" };

    [TestCase("multipart/mixed", TestName = "A multipart answer without a boundary parameter is read by its first delimiter line")]
    [TestCase("text/plain", TestName = "An answer labelled as another type is read by its first delimiter line")]
    public async Task Boundary_from_body(string contentType)
    {
        var body = new BatchAnswer().Part(204).Part(412, Stale).Build();
        await using var h = DataverseClientHarness.Create(_ => new StubDataverseResponse(HttpStatusCode.OK, body, contentType));

        var result = await h.Client.Batches.ExecuteAsync(TwoUpdates(continueOnError: true), "test");

        Assert.That(result.Results.Select(r => r.Outcome.Kind), Is.EqualTo(new[] { DataverseOutcomeKind.Succeeded, DataverseOutcomeKind.LostRace }));
    }

    [Test]
    public async Task A_5xx_answer_with_parts_but_no_multipart_type_is_not_sent_again()
    {
        var body = new BatchAnswer().Part(503, """{"error":{"code":"0x80072322","message":"Busy."}}""").Build();
        await using var h = DataverseClientHarness.Create(_ => new StubDataverseResponse(HttpStatusCode.ServiceUnavailable, body, "text/plain"));

        var result = await h.Client.Batches.ExecuteAsync(TwoUpdates(continueOnError: false), "test");

        Assert.That(h.Stub.All, Has.Count.EqualTo(1), "resending would repeat what the batch already did");
        Assert.That(result.Results.Select(r => r.Outcome.Kind), Is.EqualTo(new[] { DataverseOutcomeKind.Unavailable, DataverseOutcomeKind.NotExecuted }));
    }

    [TestCase(false, TestName = "An unreadable multipart answer makes every request Unknown, never NotExecuted")]
    [TestCase(true, TestName = "An unreadable multipart answer makes every request Unknown with continue-on-error too")]
    public async Task Unreadable_parts(bool continueOnError)
    {
        const string Garbage = "--batchresponse_1\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 2";
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Batch(Garbage));

        var result = await h.Client.Batches.ExecuteAsync(TwoUpdates(continueOnError), "test");

        Assert.That(result.Results.Select(r => r.Outcome.Kind), Has.All.EqualTo(DataverseOutcomeKind.Unknown));
        Assert.That(result.Results[0].Outcome.Error!.Message, Does.Contain("may have run"));
        Assert.That(h.Logs.All, Does.Contain("[4212]"));
    }

    [Test]
    public async Task A_200_that_is_not_multipart_makes_every_request_Unknown()
    {
        await using var h = DataverseClientHarness.Create(_ => new StubDataverseResponse(HttpStatusCode.OK, """{"value":[]}"""), settings: NoRetries);

        var result = await h.Client.Batches.ExecuteAsync(TwoUpdates(continueOnError: true), "test");

        Assert.That(result.Results.Select(r => r.Outcome.Kind), Has.All.EqualTo(DataverseOutcomeKind.Unknown));
    }

    [Test]
    public async Task With_continue_on_error_a_request_the_answer_leaves_out_is_Unknown()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Batch(new BatchAnswer().Part(412, Stale).Build()));

        var result = await h.Client.Batches.ExecuteAsync(TwoUpdates(continueOnError: true), "test");

        Assert.That(result.Results.Select(r => r.Outcome.Kind), Is.EqualTo(new[] { DataverseOutcomeKind.LostRace, DataverseOutcomeKind.Unknown }));
    }

    [Test]
    public async Task Answers_beyond_the_requests_are_logged_and_ignored()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Batch(
            new BatchAnswer().Part(204).ChangeSet((1, 204), (2, 204), (3, 204)).Part(204).Build()));
        var batch = new DataverseBatch().Add(BatchOperation.Delete("tasks", Guid.NewGuid()))
            .AddChangeSet([BatchOperation.Delete("tasks", Guid.NewGuid()), BatchOperation.Delete("tasks", Guid.NewGuid())]);

        var result = await h.Client.Batches.ExecuteAsync(batch, "test");

        Assert.That(result.Results, Has.Count.EqualTo(3));
        Assert.That(result.AllSucceeded, Is.True);
        Assert.That(h.Logs.All, Does.Contain("[4214]").And.Contain("3 parts for 2 requests"));
    }

    private static DataverseBatch TwoUpdates(bool continueOnError) => new DataverseBatch { ContinueOnError = continueOnError }
        .Add(BatchOperation.Update("leads", Guid.NewGuid(), new() { ["firstname"] = "Ann" }, "W/\"1\""))
        .Add(BatchOperation.Update("leads", Guid.NewGuid(), new() { ["firstname"] = "Bo" }, "W/\"2\""));
}
