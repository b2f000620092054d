using Polly;
using Polly.Retry;

namespace MsiDynamics.CompanionService.Transport;

/// <summary>
/// Builds the retry pipeline around one call's attempts, the same for every API: only what the API calls
/// transient is retried; a wait the server named is honoured (capped), anything else backs off
/// exponentially with jitter. The API supplies its predicate, its server delay and its log line.
/// </summary>
/// <remarks>
/// Re-authentication is not a retry here: each transport refreshes its token once, at once, inside
/// the attempt. Polly's <c>MaxDelay</c> caps only the computed back-off, so the server delay is capped
/// by <see cref="RetrySchedule.ServerDelayCap"/> instead.
/// </remarks>
internal static class RetryPipeline
{
    /// <summary>A pipeline that runs <typeparamref name="TAttempt"/>s as <paramref name="schedule"/> says.</summary>
    public static ResiliencePipeline<TAttempt> Build<TAttempt>(
        RetrySchedule schedule,
        TimeProvider time,
        Func<TAttempt, bool> isTransient,
        Func<TAttempt, TimeSpan?> serverDelay,
        Action<TAttempt, int, TimeSpan> onRetry)
    {
        var builder = new ResiliencePipelineBuilder<TAttempt> { TimeProvider = time };
        if (schedule.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<TAttempt>
            {
                MaxRetryAttempts = schedule.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = schedule.BaseDelay,
                MaxDelay = schedule.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } attempt && isTransient(attempt)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } attempt ? schedule.CapServerDelay(serverDelay(attempt)) : null),
                OnRetry = args =>
                {
                    onRetry(args.Outcome.Result!, args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }
}
