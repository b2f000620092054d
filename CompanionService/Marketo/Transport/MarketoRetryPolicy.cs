using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo.Errors;
using MsiDynamics.CompanionService.Transport;
using Polly;

namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// The shared <see cref="RetryPipeline"/> configured for Marketo. It retries only what the classifier calls
/// transient: exponential back-off with jitter from <see cref="MarketoOptions.RetryBaseDelay"/>, except
/// 606, which waits out the whole rate window first (marketo.md §5.2). Re-authentication on
/// 601/602 is not a retry here: the transport does it once, at once, inside the attempt.
/// </summary>
public sealed class MarketoRetryPolicy
{
    public MarketoRetryPolicy(IOptions<MarketoOptions> options, TimeProvider time, ILogger<MarketoRetryPolicy> logger)
    {
        var o = options.Value;
        var longest = o.MaxRetryDelay > o.RateWindow ? o.MaxRetryDelay : o.RateWindow;
        Pipeline = RetryPipeline.Build<MarketoAttempt>(
            new RetrySchedule(o.MaxRetryAttempts, o.RetryBaseDelay, longest, longest),
            time,
            attempt => IsTransient(attempt.Class),
            attempt => attempt.Class == MarketoErrorClass.WaitOutRateWindow ? o.RateWindow : null,
            (attempt, number, delay) => Log.Retrying(logger, attempt.Code ?? "no response", attempt.Message ?? string.Empty, number, delay));
        RateWindow = o.RateWindow;
        GiveUpDelay = o.MaxRetryDelay;
    }

    /// <summary>Runs one call's attempts.</summary>
    public ResiliencePipeline<MarketoAttempt> Pipeline { get; }

    /// <summary>How long a caller should wait after retries ran out on <paramref name="last"/>.</summary>
    public TimeSpan DelayAfterGivingUp(MarketoAttempt last) =>
        last.Class == MarketoErrorClass.WaitOutRateWindow ? RateWindow : GiveUpDelay;

    /// <summary>Whether the classifier's verdict means "try the call again".</summary>
    public static bool IsTransient(MarketoErrorClass verdict) =>
        verdict is MarketoErrorClass.RetryAfterDelay or MarketoErrorClass.WaitOutRateWindow;

    private TimeSpan RateWindow { get; }

    private TimeSpan GiveUpDelay { get; }
}
