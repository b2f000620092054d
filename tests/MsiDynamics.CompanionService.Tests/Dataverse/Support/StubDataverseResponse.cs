using System.Net;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Support;

/// <summary>What the stub answers to one request, shaped as dataverse.md §6 describes.</summary>
internal sealed record StubDataverseResponse(HttpStatusCode Status, string Body, string ContentType = "application/json; odata.metadata=minimal")
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public bool DropConnection { get; init; }

    /// <summary>The exception the stub throws instead of answering; set by <see cref="Refused"/> and <see cref="TimedOut"/>.</summary>
    public Exception? Failure { get; init; }

    public static StubDataverseResponse NoContent() => new(HttpStatusCode.NoContent, string.Empty);

    public static StubDataverseResponse Created(string entityIdUrl) =>
        NoContent() with { Headers = new Dictionary<string, string> { ["OData-EntityId"] = entityIdUrl } };

    /// <summary>A collection page: <c>{"value":[…],"@odata.nextLink":"…"}</c>.</summary>
    public static StubDataverseResponse Rows(IEnumerable<string> rows, string? nextLink = null) => new(HttpStatusCode.OK,
        "{\"@odata.context\":\"$metadata#x\",\"value\":[" + string.Join(",", rows) + "]"
        + (nextLink is null ? string.Empty : ",\"@odata.nextLink\":\"" + nextLink + "\"") + "}");

    /// <summary>Dataverse's error body, <c>{"error":{"code":…,"message":…}}</c>.</summary>
    public static StubDataverseResponse Error(HttpStatusCode status, string code, string message) =>
        new(status, $$$"""{"error":{"code":"{{{code}}}","message":"{{{message}}}"}}""");

    public static StubDataverseResponse Throttled(int retryAfterSeconds) =>
        Error((HttpStatusCode)429, "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds.")
            with { Headers = new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) } };

    public static StubDataverseResponse Dropped() => NoContent() with { DropConnection = true };

    /// <summary>The connection could not be made: nothing of the request reached Dataverse.</summary>
    public static StubDataverseResponse Refused() =>
        NoContent() with { Failure = new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (contoso.crm.dynamics.com:443)") };

    /// <summary>The request was sent and no answer came before the time-out (what <c>HttpClient.Timeout</c> throws).</summary>
    public static StubDataverseResponse TimedOut() =>
        NoContent() with { Failure = new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout.", new TimeoutException()) };

    /// <summary>A <c>$batch</c> answer with boundary <c>batchresponse_1</c> (see <see cref="BatchAnswer"/>).</summary>
    public static StubDataverseResponse Batch(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status, body, "multipart/mixed; boundary=batchresponse_1");
}
