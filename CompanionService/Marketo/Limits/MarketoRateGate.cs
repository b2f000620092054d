using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Polly;

namespace MsiDynamics.CompanionService.Marketo.Limits;

/// <summary>
/// The client-side limits every Marketo call passes through, as one Polly pipeline: at most
/// <see cref="MarketoOptions.MaxConcurrentCalls"/> in flight (else Marketo answers 615), and at most
/// <see cref="MarketoOptions.CallsPer20Seconds"/> started in any rate window (else 606).
/// </summary>
/// <remarks>
/// The concurrency permit is taken first and the window permit last, right before the request leaves,
/// so a call that waited for a free slot is counted in the window when it is actually sent.
/// </remarks>
public sealed class MarketoRateGate : IDisposable
{
    private readonly ConcurrencyLimiter _concurrency;
    private readonly SlidingWindowRateLimiter _window;

    public MarketoRateGate(IOptions<MarketoOptions> options)
    {
        var o = options.Value;
        _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = o.MaxConcurrentCalls,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        var (window, segments) = LimiterWindow(o.RateWindow);
        _window = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = o.CallsPer20Seconds,
            Window = window,
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

    /// <summary>Run a Marketo call inside this pipeline; it waits (never rejects) for a permit.</summary>
    public ResiliencePipeline Pipeline { get; }

    /// <summary>
    /// The limiter's window and segment count for a Marketo window of <paramref name="rateWindow"/>.
    /// A segmented limiter frees a permit N−1 to N segments after it was taken, depending on where in its
    /// segment the call fell, while Marketo counts calls in any exact window; and its timer ticks in whole
    /// milliseconds (a 20.4 ms segment runs as 20 ms). So the segment is a whole number of milliseconds
    /// with (N−1) segments ≥ the window plus 1 % for timer and network jitter, and N is chosen to make the
    /// whole window as short as that allows (20 s → 203 segments of 100 ms, 20.3 s).
    /// </summary>
    public static (TimeSpan Window, int Segments) LimiterWindow(TimeSpan rateWindow)
    {
        var hold = rateWindow.TotalMilliseconds * 1.01;
        var best = (Window: TimeSpan.MaxValue, Segments: 0);
        for (var segments = 2; segments <= 1_000; segments++)
        {
            // At least 5 ms a segment: finer timers only cost CPU.
            var segmentMs = Math.Max(5, Math.Ceiling(hold / (segments - 1)));
            var window = TimeSpan.FromMilliseconds(segmentMs * segments);
            if (window < best.Window)
            {
                best = (window, segments);
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
