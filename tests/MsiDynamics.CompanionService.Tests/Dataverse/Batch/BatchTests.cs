using System.Text.RegularExpressions;
using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Batch;

/// <summary>dataverse.md §6 $batch: multipart/mixed, change sets, continue-on-error, ≤ 1000 requests, per-request outcomes.</summary>
public sealed class BatchTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-4000-8000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-4000-8000-00000000000b");

    [Test]
    public async Task The_request_is_multipart_with_application_http_parts_and_a_change_set_with_Content_IDs()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Batch(
            new BatchAnswer().Part(204).ChangeSet((1, 204), (2, 204)).Build()));
        var batch = new DataverseBatch { ContinueOnError = true }
            .Add(BatchOperation.Update("leads", A, new() { ["firstname"] = "Ann" }, "W/\"1\""))
            .AddChangeSet([BatchOperation.Create("tasks", new() { ["subject"] = "x" }), BatchOperation.Delete("tasks", B)]);

        await h.Client.Batches.ExecuteAsync(batch, "test");

        var request = h.Stub.All.Single();
        var boundary = Regex.Match(request.Header("Content-Type")!, "^multipart/mixed; boundary=(batch_[0-9a-f]{32})$").Groups[1].Value;
        Assert.That(boundary, Is.Not.Empty);
        Assert.That(request.RelativePath, Is.EqualTo("$batch"));
        Assert.That(request.Header("Prefer"), Is.EqualTo("odata.continue-on-error"));
        var body = request.Body;
        Assert.That(body, Does.StartWith($"--{boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            + $"PATCH {DataverseClientHarness.WebApi}leads({A:D}) HTTP/1.1\r\nIf-Match: W/\"1\"\r\nContent-Type: application/json; type=entry\r\n\r\n{{\"firstname\":\"Ann\"}}\r\n"));
        Assert.That(body, Does.Match(@"Content-Type: multipart/mixed; boundary=changeset_[0-9a-f]{32}\r\n\r\n--changeset_"));
        Assert.That(body, Does.Contain($"Content-ID: 1\r\n\r\nPOST {DataverseClientHarness.WebApi}tasks HTTP/1.1\r\n"));
        Assert.That(body, Does.Contain($"Content-ID: 2\r\n\r\nDELETE {DataverseClientHarness.WebApi}tasks({B:D}) HTTP/1.1\r\n"));
        Assert.That(body, Does.EndWith($"--{boundary}--\r\n"));
    }

    [Test]
    public async Task The_answer_maps_to_one_outcome_per_request_including_a_412_part_and_a_change_set()
    {
        var created = Guid.NewGuid();
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Batch(new BatchAnswer()
            .Part(204)
            .Part(412, """{"error":{"code":"0x80060882","message":"The version of the existing record doesn't match the RowVersion property provided."}}""")
            .ChangeSet((1, 204), (2, 204))
            .Part(200, """{"value":[{"leadid":"00000000-0000-4000-8000-00000000000a"}]}""")
            .Build()));
        var batch = new DataverseBatch { ContinueOnError = true }
            .Add(BatchOperation.Update("leads", A, new() { ["firstname"] = "Ann" }, "W/\"1\""))
            .Add(BatchOperation.Update("leads", B, new() { ["firstname"] = "Bo" }, "W/\"2\""))
            .AddChangeSet([BatchOperation.Create("tasks", new() { ["subject"] = "x" }), BatchOperation.Create("tasks", new() { ["subject"] = "y" })])
            .Add(BatchOperation.Get("leads?$select=leadid", []));

        var result = await h.Client.Batches.ExecuteAsync(batch, "test");

        Assert.That(result.Results.Select(r => r.Outcome.Kind), Is.EqualTo(new[]
        {
            DataverseOutcomeKind.Succeeded, DataverseOutcomeKind.LostRace, DataverseOutcomeKind.Succeeded,
            DataverseOutcomeKind.Succeeded, DataverseOutcomeKind.Succeeded,
        }));
        Assert.That(result.Results[1].Outcome.Error!.Code, Is.EqualTo("0x80060882"));
        Assert.That(result.Results[2].Outcome.Id, Is.Not.Null, "the id from the part's OData-EntityId");
        Assert.That(result.Results[4].Body, Does.Contain("leadid"));
        Assert.That(result.HttpRequests, Is.EqualTo(1));
    }

    [Test]
    public async Task A_failed_change_set_fails_all_its_requests_and_requests_after_a_stop_are_not_executed()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Batch(new BatchAnswer()
            .Part(400, """{"error":{"code":"0x80040265","message":"Plug-in refused the change."}}""").Build(), System.Net.HttpStatusCode.BadRequest));
        var batch = new DataverseBatch()
            .AddChangeSet([BatchOperation.Create("tasks", new() { ["subject"] = "x" }), BatchOperation.Create("tasks", new() { ["subject"] = "y" })])
            .Add(BatchOperation.Delete("tasks", B));

        var result = await h.Client.Batches.ExecuteAsync(batch, "test");

        Assert.That(h.Stub.All.Single().Header("Prefer"), Is.Null);
        Assert.That(result.Results.Select(r => r.Outcome.Kind), Is.EqualTo(new[]
        {
            DataverseOutcomeKind.Rejected, DataverseOutcomeKind.Rejected, DataverseOutcomeKind.NotExecuted,
        }));
        Assert.That(result.Results[0].Outcome.Error!.Message, Is.EqualTo("Plug-in refused the change."));
    }

    [Test]
    public async Task More_than_1000_requests_go_out_as_several_batches_in_order()
    {
        await using var h = DataverseClientHarness.Create(r =>
        {
            var parts = Regex.Matches(r.Body, "^PATCH ", RegexOptions.Multiline).Count;
            var answer = new BatchAnswer();
            for (var i = 0; i < parts; i++)
            {
                answer.Part(204);
            }

            return StubDataverseResponse.Batch(answer.Build());
        });
        var batch = new DataverseBatch { ContinueOnError = true };
        for (var i = 0; i < 2500; i++)
        {
            batch.Add(BatchOperation.Update("leads", Guid.NewGuid(), new() { ["firstname"] = "x" }, "*"));
        }

        var result = await h.Client.Batches.ExecuteAsync(batch, "test");

        Assert.That(result.HttpRequests, Is.EqualTo(3));
        Assert.That(h.Stub.All.Select(r => Regex.Matches(r.Body, "^PATCH ", RegexOptions.Multiline).Count), Is.EqualTo(new[] { 1000, 1000, 500 }));
        Assert.That(result.AllSucceeded, Is.True);
        Assert.That(result.Results, Has.Count.EqualTo(2500));
    }

    [Test]
    public void A_GET_inside_a_change_set_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new DataverseBatch().AddChangeSet([BatchOperation.Get("leads", [])]));
    }

    [Test]
    public void The_reader_tolerates_LF_line_ends()
    {
        var body = new BatchAnswer().Part(204).Part(404, """{"error":{"code":"0x80040217","message":"gone"}}""").Build().Replace("\r\n", "\n");

        var parts = BatchResponseReader.Read(body, "multipart/mixed; boundary=batchresponse_1");

        Assert.That(parts!.Select(p => p.Status), Is.EqualTo(new[] { 204, 404 }));
        Assert.That(parts![1].Body, Does.Contain("gone"));
    }
}
