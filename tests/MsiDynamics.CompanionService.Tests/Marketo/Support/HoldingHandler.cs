namespace MsiDynamics.CompanionService.Tests.Marketo.Support;

/// <summary>
/// A handler in the client's chain that lets each request through only when the test's function says so, so a test
/// can line callers up (all waiting on identity, all holding one token) before Marketo answers any of them.
/// </summary>
/// <remarks>
/// The function's wait should carry a deadline: a request held forever would hang the test instead of failing it.
/// A <see cref="TimeoutException"/> from it is not a transport failure the client absorbs, so the test fails.
/// </remarks>
internal sealed class HoldingHandler(Func<HttpRequestMessage, CancellationToken, Task> hold) : DelegatingHandler
{
    /// <summary>How long a held request waits at most before the test is failed.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    /// <summary>True for a call to Marketo's identity endpoint (marketo.md §1).</summary>
    public static bool IsIdentity(HttpRequestMessage request) =>
        request.RequestUri?.AbsolutePath.EndsWith("/identity/oauth/token", StringComparison.Ordinal) == true;

    /// <summary>The bearer token a REST call carries; null for identity.</summary>
    public static string? Bearer(HttpRequestMessage request) => request.Headers.Authorization?.Parameter;

    /// <summary>A gate that opens once <paramref name="count"/> requests have reached it.</summary>
    public static Func<Task> Barrier(int count)
    {
        var arrived = 0;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return () =>
        {
            if (Interlocked.Increment(ref arrived) >= count)
            {
                all.TrySetResult();
            }

            return all.Task.WaitAsync(Deadline);
        };
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await hold(request, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
