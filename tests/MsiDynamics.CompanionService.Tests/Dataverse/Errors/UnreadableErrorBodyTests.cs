using System.Net;
using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Errors;

/// <summary>dataverse.md §6.1: an error body that is not Dataverse's JSON is kept in the outcome, cut short and scrubbed.</summary>
public sealed class UnreadableErrorBodyTests
{
    private static readonly Guid Id = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    private static readonly Dictionary<string, string?> NoRetries = new() { ["Dataverse:MaxRetryAttempts"] = "0" };

    [Test]
    public async Task A_gateways_HTML_is_kept_on_one_line_and_cut_to_500_characters()
    {
        var html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>" + new string('x', 3000) + "</body></html>";
        await using var h = DataverseClientHarness.Create(_ => new StubDataverseResponse(HttpStatusCode.BadGateway, html, "text/html"), settings: NoRetries);

        var outcome = await h.Client.Records.UpdateAsync("leads", Id, new JsonObject { ["firstname"] = "Ann" });

        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.Unavailable));
        Assert.That(outcome.Error!.Message, Does.StartWith("HTTP 502 without a Dataverse error body; it began: <html> <head><title>502 Bad Gateway</title>"));
        Assert.That(outcome.Error.Message, Does.EndWith("x…").And.Not.Contain("</body>"));
        Assert.That(outcome.Error.Message.Length, Is.LessThanOrEqualTo("HTTP 502 without a Dataverse error body; it began: ".Length + DataverseError.MaxExcerpt + 1));
    }

    [TestCase("Request header is too long.", TestName = "Plain text is kept as it is")]
    [TestCase("""{"error":{"code":"0x80040265","message":"Plug-in fail""", TestName = "Cut-off JSON is kept as it is")]
    [TestCase("""{"Message":"An error has occurred."}""", TestName = "JSON that is not Dataverse's error is kept as it is")]
    public async Task Unparsed_body_is_kept(string body)
    {
        await using var h = DataverseClientHarness.Create(_ => new StubDataverseResponse(HttpStatusCode.BadRequest, body, "text/plain"));

        var outcome = await h.Client.Records.DeleteAsync("leads", Id);

        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.Rejected));
        Assert.That(outcome.Error!.Message, Is.EqualTo("HTTP 400 without a Dataverse error body; it began: " + body));
    }

    [Test]
    public async Task A_token_or_secret_a_proxy_echoes_is_blanked()
    {
        const string Echo = "Denied. Authorization: Bearer eyJ0eXAiOiJKV1Qi.eyJhdWQiOiJodHRwcyJ9.c2lnbmF0dXJl client_secret=hunter2";
        await using var h = DataverseClientHarness.Create(_ => new StubDataverseResponse(HttpStatusCode.BadRequest, Echo, "text/plain"));

        var outcome = await h.Client.Records.DeleteAsync("leads", Id);

        Assert.That(outcome.Error!.Message, Does.Contain("Bearer (redacted)").And.Contain("client_secret=(redacted)"));
        Assert.That(outcome.Error.Message, Does.Not.Contain("eyJ0eXAi").And.Not.Contain("hunter2"));
        Assert.That(h.Logs.All, Does.Not.Contain("eyJ0eXAi").And.Not.Contain("hunter2"));
    }

    [Test]
    public async Task A_batch_parts_plain_text_error_is_kept_in_that_requests_outcome()
    {
        var answer = "--batchresponse_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            + "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n\r\nThe request line is malformed.\r\n--batchresponse_1--\r\n";
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Batch(answer));

        var result = await h.Client.Batches.ExecuteAsync(new DataverseBatch().Add(BatchOperation.Delete("leads", Id)), "test");

        Assert.That(result.Results.Single().Outcome.Error!.Message, Does.EndWith("it began: The request line is malformed."));
    }
}
