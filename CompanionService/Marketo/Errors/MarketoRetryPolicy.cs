using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace MsiDynamics.CompanionService.Marketo.Errors;

/// <summary>
/// The Polly retry pipeline around one Marketo call. It retries only what the classifier calls
/// transient: exponential back-off with jitter from <see cref="MarketoOptions.RetryBaseDelay"/>, except
/// 606, which waits out the whole rate window first (specs/marketo.md §5.2). Re-authentication on
/// 601/602 is not a retry here: the transport does it once, at once, inside the attempt.
/// </summary>
public sealed class MarketoRetryPolicy
{
    public MarketoRetryPolicy(IOptions<MarketoOptions> options, TimeProvider time, ILogger<MarketoRetryPolicy> logger)
    {
        var o = options.Value;
        var builder = new ResiliencePipelineBuilder<MarketoAttempt> { TimeProvider = time };
        if (o.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<MarketoAttempt>
            {
                MaxRetryAttempts = o.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = o.RetryBaseDelay,
                MaxDelay = o.MaxRetryDelay > o.RateWindow ? o.MaxRetryDelay : o.RateWindow,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } attempt && IsTransient(attempt.Class)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result?.Class == MarketoErrorClass.WaitOutRateWindow ? o.RateWindow : (TimeSpan?)null),
                OnRetry = args =>
                {
                    var attempt = args.Outcome.Result!;
                    Log.Retrying(logger, attempt.Code ?? "no response", attempt.Message ?? string.Empty,
                        args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        Pipeline = builder.Build();
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
