using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Transport;
using Polly;

namespace MsiDynamics.CompanionService.Dataverse.Transport;

/// <summary>
/// The shared <see cref="RetryPipeline"/> configured for the Web API. It retries only transient attempts
/// (429, 5xx, time-outs, dropped connections): a 429 waits its <c>Retry-After</c>, capped at
/// <see cref="DataverseOptions.MaxRetryAfter"/> (service protection, dataverse.md §6); the rest back
/// off exponentially with jitter from <see cref="DataverseOptions.RetryBaseDelay"/>. A 401 is not a retry
/// here: the transport refreshes the token once, at once, inside the attempt.
/// </summary>
public sealed class DataverseRetryPolicy
{
    public DataverseRetryPolicy(IOptions<DataverseOptions> options, TimeProvider time, ILogger<DataverseRetryPolicy> logger)
    {
        var o = options.Value;
        Pipeline = RetryPipeline.Build<DataverseAttempt>(
            new RetrySchedule(o.MaxRetryAttempts, o.RetryBaseDelay, o.MaxRetryDelay, o.MaxRetryAfter),
            time,
            attempt => attempt.Transient,
            attempt => attempt.Outcome.RetryAfter,
            (attempt, number, delay) => Log.Retrying(logger, attempt.Outcome.HttpStatus,
                attempt.Outcome.Error?.ToString() ?? string.Empty, number, delay));
    }

    /// <summary>Runs one request's attempts.</summary>
    public ResiliencePipeline<DataverseAttempt> Pipeline { get; }
}
