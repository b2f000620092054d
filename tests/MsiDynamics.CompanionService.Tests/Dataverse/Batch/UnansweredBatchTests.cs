using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Batch;

/// <summary>
/// dataverse.md §6.1: a $batch whose answer never comes may have run. It is sent again only when every request in it may
/// run twice (GETs, PATCHes with If-Match: *); otherwise each request is Unknown and must be read again before a retry.
/// </summary>
public sealed class UnansweredBatchTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-4000-8000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-4000-8000-00000000000b");

    [Test]
    public async Task A_batch_holding_a_create_whose_answer_never_comes_is_sent_once_and_every_request_is_Unknown()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.TimedOut(),
            settings: new Dictionary<string, string?> { ["Dataverse:MaxBatchRequests"] = "2" });
        var batch = new DataverseBatch { ContinueOnError = true }
            .Add(BatchOperation.Create("tasks", new() { ["subject"] = "x" }))
            .Add(BatchOperation.Update("leads", A, new() { ["firstname"] = "Ann" }, "*"))
            .Add(BatchOperation.Update("leads", B, new() { ["firstname"] = "Bo" }, "*"));

        var result = await h.Client.Batches.ExecuteAsync(batch, "test");

        Assert.That(h.Stub.All, Has.Count.EqualTo(1), "not sent again, and the second $batch is not sent after a silence");
        Assert.That(result.Results.Select(r => r.Outcome.Kind), Is.EqualTo(new[]
        {
            DataverseOutcomeKind.Unknown, DataverseOutcomeKind.Unknown, DataverseOutcomeKind.Unavailable,
        }));
        Assert.That(result.Results[0].Outcome.Error!.Message, Does.Contain("may have run").And.Contain("read the row again"));
        Assert.That(result.Results[2].Outcome.Error!.Message, Does.StartWith("Not sent"));
        Assert.That(h.Logs.All, Does.Contain("[4215]"));
    }

    [Test]
    public async Task A_batch_of_claims_on_ETags_that_loses_its_connection_after_sending_is_not_sent_again()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Dropped());
        var batch = new DataverseBatch { ContinueOnError = true }.Add(BatchOperation.Update("leads", A, new() { ["firstname"] = "Ann" }, "W/\"7\""));

        var result = await h.Client.Batches.ExecuteAsync(batch, "test");

        Assert.That(h.Stub.All, Has.Count.EqualTo(1), "a repeat would answer 412 and read as a lost race");
        Assert.That(result.Results.Single().Outcome.Kind, Is.EqualTo(DataverseOutcomeKind.Unknown));
    }

    [Test]
    public async Task A_batch_of_PATCHes_with_If_Match_any_whose_answer_never_came_is_sent_again()
    {
        var calls = 0;
        await using var h = DataverseClientHarness.Create(_ => Interlocked.Increment(ref calls) == 1
            ? StubDataverseResponse.TimedOut()
            : StubDataverseResponse.Batch(new BatchAnswer().Part(204).Part(204).Build()));
        var batch = new DataverseBatch { ContinueOnError = true }
            .Add(BatchOperation.Update("leads", A, new() { ["firstname"] = "Ann" }, "*"))
            .Add(BatchOperation.Get("leads?$select=leadid", []));

        var result = await h.Client.Batches.ExecuteAsync(batch, "test");

        Assert.That(h.Stub.All, Has.Count.EqualTo(2));
        Assert.That(result.AllSucceeded, Is.True);
    }

    [Test]
    public async Task A_batch_holding_a_create_that_could_not_connect_is_sent_again_as_nothing_reached_Dataverse()
    {
        var calls = 0;
        await using var h = DataverseClientHarness.Create(_ => Interlocked.Increment(ref calls) == 1
            ? StubDataverseResponse.Refused()
            : StubDataverseResponse.Batch(new BatchAnswer().Part(204).Build()));
        var batch = new DataverseBatch().Add(BatchOperation.Create("tasks", new() { ["subject"] = "x" }));

        var result = await h.Client.Batches.ExecuteAsync(batch, "test");

        Assert.That((h.Stub.All.Count, result.AllSucceeded), Is.EqualTo((2, true)));
    }

    [Test]
    public async Task A_create_whose_answer_never_came_is_not_sent_again_and_is_Unknown()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.TimedOut());

        var outcome = await h.Client.Records.CreateAsync("leads", new() { ["lastname"] = "Doe" });

        Assert.That((h.Stub.All.Count, outcome.Kind), Is.EqualTo((1, DataverseOutcomeKind.Unknown)));
    }
}
