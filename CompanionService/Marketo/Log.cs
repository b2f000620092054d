using Microsoft.Extensions.Logging;

namespace MsiDynamics.CompanionService.Marketo;

/// <summary>
/// The Marketo client's log lines (event ids 4100–4199). They name the operation, Marketo's code and
/// what happens next; none carries a token, a client secret, a request URI or a record's data.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Marketo call failed with {Code} ({Message}); retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string code, string message, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information,
        Message = "Marketo {Operation} answered {Code}: re-authenticating once and retrying")]
    public static partial void Reauthenticating(ILogger logger, string operation, string? code);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug,
        Message = "Marketo identity issued an access token valid until {ExpiresAt:O}")]
    public static partial void TokenIssued(ILogger logger, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error,
        Message = "Marketo identity refused the credentials (HTTP {Status}, {Error}): check Marketo:ClientId and Marketo:ClientSecret")]
    public static partial void IdentityRefused(ILogger logger, int status, string? error);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Error,
        Message = "Marketo {Operation} stopped the run with {Code}: {Message}")]
    public static partial void Stopped(ILogger logger, string operation, string? code, string? message);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning,
        Message = "Marketo {Operation} not sent: daily quota exhausted ({Code}); {Quota}")]
    public static partial void QuotaExhausted(ILogger logger, string operation, string? code, string quota);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning,
        Message = "Marketo {Operation} gave up after retries with {Code} ({Message}); retry after {RetryAfter}")]
    public static partial void GaveUp(ILogger logger, string operation, string? code, string? message, TimeSpan retryAfter);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Information,
        Message = "Marketo {Operation}: {Records} records, {Succeeded} succeeded, {Skipped} skipped, {NotSent} not sent; {Outcome}")]
    public static partial void Pushed(
        ILogger logger, string operation, int records, int succeeded, int skipped, int notSent, string outcome);

    [LoggerMessage(EventId = 4109, Level = LogLevel.Warning,
        Message = "Marketo {Operation} got no response ({Failure}); the call will be retried")]
    public static partial void NoResponse(ILogger logger, string operation, string failure);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning,
        Message = "Marketo {Operation} not sent: the call fence refused a call of up to {Timeout} (the drain lease cannot cover it)")]
    public static partial void Fenced(ILogger logger, string operation, TimeSpan timeout);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning,
        Message = "Marketo did not answer which of {Count} {Object} exist ({Outcome}): none is taken for missing or existing; the cycle ends on it")]
    public static partial void ReferenceCheckFailed(ILogger logger, int count, string @object, string outcome);
}
