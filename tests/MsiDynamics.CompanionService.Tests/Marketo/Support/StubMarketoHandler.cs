using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace MsiDynamics.CompanionService.Tests.Marketo.Support;

/// <summary>
/// A stand-in for Marketo at the HTTP handler: answers identity with a token and every REST call with
/// what the test's function returns, and records each request (method, path and query, Authorization
/// header, body) for assertions.
/// </summary>
internal sealed class StubMarketoHandler : HttpMessageHandler
{
    private readonly Func<RecordedRequest, StubResponse> _rest;
    private int _tokens;

    public StubMarketoHandler(Func<RecordedRequest, StubResponse> rest) => _rest = rest;

    /// <summary>Seconds the next issued token lives. Default 3600.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Every request, identity included, in arrival order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The REST requests only.</summary>
    public IReadOnlyList<RecordedRequest> RestRequests => [.. Requests.Where(r => !r.IsIdentity)];

    /// <summary>How many tokens identity issued.</summary>
    public int TokensIssued => _tokens;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method.Method, request.RequestUri!.PathAndQuery, request.Headers.Authorization?.ToString(), body);
        Requests.Enqueue(recorded);
        if (recorded.IsIdentity)
        {
            var n = Interlocked.Increment(ref _tokens);
            return Json(HttpStatusCode.OK,
                $$"""{"access_token":"stub-token-{{n}}:ab","token_type":"bearer","expires_in":{{TokenLifetimeSeconds}},"scope":"api@example.com"}""");
        }

        var answer = _rest(recorded);
        return answer.DropConnection
            ? throw new HttpRequestException("The stub dropped the connection.")
            : Json(answer.Status, answer.Body);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) => new(status)
    {
        Content = new StringContent(body, Encoding.UTF8, "application/json"),
    };
}
