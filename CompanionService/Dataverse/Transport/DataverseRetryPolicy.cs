using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace MsiDynamics.CompanionService.Dataverse.Transport;

/// <summary>
/// The Polly retry pipeline around one Web API request. It retries only transient attempts (429, 5xx,
/// time-outs, dropped connections): a 429 waits its <c>Retry-After</c>, capped at
/// <see cref="DataverseOptions.MaxRetryAfter"/> (service protection, specs/dataverse.md §6); the rest back
/// off exponentially with jitter from <see cref="DataverseOptions.RetryBaseDelay"/>. A 401 is not a retry
/// here: the transport refreshes the token once, at once, inside the attempt.
/// </summary>
public sealed class DataverseRetryPolicy
{
    public DataverseRetryPolicy(IOptions<DataverseOptions> options, TimeProvider time, ILogger<DataverseRetryPolicy> logger)
    {
        var o = options.Value;
        var builder = new ResiliencePipelineBuilder<DataverseAttempt> { TimeProvider = time };
        if (o.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<DataverseAttempt>
            {
                MaxRetryAttempts = o.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = o.RetryBaseDelay,
                MaxDelay = o.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { Transient: true }),
                DelayGenerator = args => ValueTask.FromResult(DelayFor(args.Outcome.Result, o.MaxRetryAfter)),
                OnRetry = args =>
                {
                    var attempt = args.Outcome.Result!;
                    Log.Retrying(logger, attempt.Outcome.HttpStatus, attempt.Outcome.Error?.ToString() ?? string.Empty,
                        args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        Pipeline = builder.Build();
    }

    /// <summary>Runs one request's attempts.</summary>
    public ResiliencePipeline<DataverseAttempt> Pipeline { get; }

    /// <summary>
    /// The server's <c>Retry-After</c>, capped at <paramref name="cap"/>; null (the exponential back-off)
    /// when the answer carried none.
    /// </summary>
    public static TimeSpan? DelayFor(DataverseAttempt? attempt, TimeSpan cap) =>
        attempt?.Outcome.RetryAfter is { } wait ? (wait > cap ? cap : wait) : null;
}
