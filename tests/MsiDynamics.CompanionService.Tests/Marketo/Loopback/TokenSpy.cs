using System.Collections.Concurrent;

namespace MsiDynamics.CompanionService.Tests.Marketo.Loopback;

/// <summary>
/// What the wire carried: each bearer token sent and each REST response received, with an optional hook
/// run after every REST response (to move the emulator's clock between two calls of a batch).
/// </summary>
internal sealed class TokenSpy
{
    public ConcurrentQueue<string> BearerTokens { get; } = new();

    public ConcurrentQueue<string> QueryStrings { get; } = new();

    /// <summary>Runs after each REST response, with the number of REST responses so far.</summary>
    public Action<int>? AfterRestResponse { get; set; }

    /// <summary>Released once for every response received, identity and REST: a test awaits the calls it let out.</summary>
    public SemaphoreSlim Answers { get; } = new(0);

    private int _responses;

    public void Saw(HttpRequestMessage request)
    {
        if (request.Headers.Authorization?.Parameter is { } token)
        {
            BearerTokens.Enqueue(token);
        }

        if (request.RequestUri?.AbsolutePath.StartsWith("/rest/", StringComparison.Ordinal) == true)
        {
            QueryStrings.Enqueue(request.RequestUri.Query);
        }
    }

    public void Answered(HttpRequestMessage request)
    {
        Answers.Release();
        if (request.RequestUri?.AbsolutePath.StartsWith("/rest/", StringComparison.Ordinal) == true)
        {
            AfterRestResponse?.Invoke(Interlocked.Increment(ref _responses));
        }
    }
}
