using System.Threading.RateLimiting;
using Polly;

namespace MsiDynamics.CompanionService.Transport;

/// <summary>
/// The client-side limits one API's calls pass through, as one Polly pipeline: at most a number of calls
/// in flight, and at most a number started in any exact window on the given <see cref="TimeProvider"/>
/// (<see cref="WindowLimiter"/>). Built once here and configured per API (<c>MarketoRateGate</c>,
/// <c>DataverseRateGate</c>). Waits, never rejects.
/// </summary>
/// <remarks>
/// The concurrency permit is taken first and the window permit last, right before the request leaves,
/// so a call that waited for a free slot is counted in the window when it is actually sent, and one that gave
/// up waiting for a slot is not counted at all. Caveat: a call waiting for the window holds its slot meanwhile.
/// </remarks>
internal sealed class RateGate : IDisposable
{
    private readonly ConcurrencyLimiter _concurrency;
    private readonly WindowLimiter _window;

    public RateGate(int maxConcurrent, int permitsPerWindow, TimeSpan window, TimeProvider time)
    {
        _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = maxConcurrent,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

        // An exact window (marketo.md §5.1, dataverse.md §6): a permit returns exactly one window after its call was
        // answered (the server counted it before that), measured on the injected clock, so tests run it on a fake one.
        _window = new WindowLimiter(permitsPerWindow, window, time);
        Pipeline = new ResiliencePipelineBuilder()
            .AddRateLimiter(_concurrency)
            .AddRateLimiter(_window)
            .Build();
    }

    /// <summary>Run one call inside this pipeline; it waits (never rejects) for a permit.</summary>
    public ResiliencePipeline Pipeline { get; }

    public void Dispose()
    {
        _concurrency.Dispose();
        _window.Dispose();
    }
}
