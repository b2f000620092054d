using System.Threading.RateLimiting;
using Polly;

namespace MsiDynamics.CompanionService.Transport;

/// <summary>
/// The client-side limits one API's calls pass through, as one Polly pipeline: at most a number of calls
/// in flight, and at most a number started in any exact window. Built once here and configured per API
/// (<c>MarketoRateGate</c>, <c>DataverseRateGate</c>). Waits, never rejects.
/// </summary>
/// <remarks>
/// The concurrency permit is taken first and the window permit last, right before the request leaves,
/// so a call that waited for a free slot is counted in the window when it is actually sent.
/// </remarks>
internal sealed class RateGate : IDisposable
{
    private readonly ConcurrencyLimiter _concurrency;
    private readonly SlidingWindowRateLimiter _window;

    public RateGate(int maxConcurrent, int permitsPerWindow, TimeSpan window)
    {
        _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = maxConcurrent,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        var (limiterWindow, segments) = LimiterWindow(window);
        _window = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permitsPerWindow,
            Window = limiterWindow,
            SegmentsPerWindow = segments,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        Pipeline = new ResiliencePipelineBuilder()
            .AddRateLimiter(_concurrency)
            .AddRateLimiter(_window)
            .Build();
    }

    /// <summary>Run one call inside this pipeline; it waits (never rejects) for a permit.</summary>
    public ResiliencePipeline Pipeline { get; }

    /// <summary>
    /// The limiter's window and segment count for a server window of <paramref name="window"/>.
    /// A segmented limiter frees a permit N−1 to N segments after it was taken, depending on where in its
    /// segment the call fell, while the server counts calls in any exact window; and its timer ticks in whole
    /// milliseconds (a 20.4 ms segment runs as 20 ms). So the segment is a whole number of milliseconds
    /// with (N−1) segments ≥ the window plus 1 % for timer and network jitter, and N is chosen to make the
    /// whole window as short as that allows (20 s → 203 segments of 100 ms, 20.3 s).
    /// </summary>
    public static (TimeSpan Window, int Segments) LimiterWindow(TimeSpan window)
    {
        var hold = window.TotalMilliseconds * 1.01;
        var best = (Window: TimeSpan.MaxValue, Segments: 0);
        for (var segments = 2; segments <= 1_000; segments++)
        {
            // At least 5 ms a segment: finer timers only cost CPU.
            var segmentMs = Math.Max(5, Math.Ceiling(hold / (segments - 1)));
            var limiterWindow = TimeSpan.FromMilliseconds(segmentMs * segments);
            if (limiterWindow < best.Window)
            {
                best = (limiterWindow, segments);
            }
        }

        return best;
    }

    public void Dispose()
    {
        _concurrency.Dispose();
        _window.Dispose();
    }
}
