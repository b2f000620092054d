using System.Collections.Concurrent;
using System.Text;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Support;

/// <summary>
/// A stand-in for the Web API at the HTTP handler: records each request (method, URI, headers, body) and
/// answers what the test's function returns.
/// </summary>
internal sealed class StubDataverseHandler(Func<RecordedDataverseRequest, StubDataverseResponse> answer) : HttpMessageHandler
{
    /// <summary>Every request, in arrival order.</summary>
    public ConcurrentQueue<RecordedDataverseRequest> Requests { get; } = new();

    public IReadOnlyList<RecordedDataverseRequest> All => [.. Requests];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedDataverseRequest(request.Method.Method, request.RequestUri!, headers, body);
        Requests.Enqueue(recorded);
        var stub = answer(recorded);
        if (stub.Failure is { } failure)
        {
            throw failure;
        }

        if (stub.DropConnection)
        {
            throw new HttpRequestException("The stub dropped the connection.");
        }

        var response = new HttpResponseMessage(stub.Status) { Content = new StringContent(stub.Body, Encoding.UTF8) };
        response.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(stub.ContentType);
        foreach (var (name, value) in stub.Headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
