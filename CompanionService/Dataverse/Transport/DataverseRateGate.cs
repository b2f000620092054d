using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Polly;

namespace MsiDynamics.CompanionService.Dataverse.Transport;

/// <summary>
/// The client-side service-protection budget every Web API request passes through, as one Polly
/// pipeline: at most <see cref="DataverseOptions.MaxConcurrentRequests"/> in flight (Dataverse allows 52)
/// and at most <see cref="DataverseOptions.RequestsPerWindow"/> started in any
/// <see cref="DataverseOptions.RequestWindow"/> (Dataverse allows 6000 in 5 minutes). Waits, never rejects.
/// </summary>
/// <remarks>
/// The concurrency permit is taken first and the window permit last, right before the request leaves.
/// The window is split in 10 segments, so a permit returns 9 to 10 segments after it was taken; the
/// default budget is half Dataverse's, which more than covers that and other processes of the app user.
/// </remarks>
public sealed class DataverseRateGate : IDisposable
{
    private readonly ConcurrencyLimiter _concurrency;
    private readonly SlidingWindowRateLimiter _window;

    public DataverseRateGate(IOptions<DataverseOptions> options)
    {
        var o = options.Value;
        _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = o.MaxConcurrentRequests,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _window = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = o.RequestsPerWindow,
            Window = o.RequestWindow,
            SegmentsPerWindow = (int)Math.Clamp(o.RequestWindow.TotalMilliseconds, 1, 10),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        Pipeline = new ResiliencePipelineBuilder().AddRateLimiter(_concurrency).AddRateLimiter(_window).Build();
    }

    /// <summary>Run one HTTP request inside this pipeline.</summary>
    public ResiliencePipeline Pipeline { get; }

    public void Dispose()
    {
        _concurrency.Dispose();
        _window.Dispose();
    }
}
