using Microsoft.Extensions.Logging;

namespace MsiDynamics.CompanionService.Dataverse;

/// <summary>
/// The Dataverse client's log lines (event ids 4200–4299). They name the operation, the HTTP status,
/// Dataverse's error code and message, and what happens next; none carries a token, a secret, a
/// request URI with its query, or a record's data.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning,
        Message = "Dataverse answered HTTP {Status} ({Error}); retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, int status, string error, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information,
        Message = "Dataverse {Operation} answered 401: refreshing the token once and retrying")]
    public static partial void Reauthenticating(ILogger logger, string operation);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Debug,
        Message = "Microsoft Entra ID issued a Dataverse token valid until {ExpiresOn:O} (forced refresh: {Forced})")]
    public static partial void TokenIssued(ILogger logger, DateTimeOffset expiresOn, bool forced);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Error, Message = "No Dataverse token: {Failure}")]
    public static partial void TokenRefused(ILogger logger, string failure);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Warning, Message = "No Dataverse token for now: {Failure}")]
    public static partial void TokenUnavailable(ILogger logger, string failure);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Warning,
        Message = "Dataverse {Operation} got no response ({Failure}); it will be retried")]
    public static partial void NoResponse(ILogger logger, string operation, string failure);

    [LoggerMessage(EventId = 4207, Level = LogLevel.Warning,
        Message = "Dataverse {Operation} gave up after retries with HTTP {Status} ({Error}); try again later")]
    public static partial void GaveUp(ILogger logger, string operation, int status, string error);

    [LoggerMessage(EventId = 4208, Level = LogLevel.Error,
        Message = "Dataverse {Operation} was refused access (HTTP {Status}, {Error}): check the application user and its security role")]
    public static partial void AccessDenied(ILogger logger, string operation, int status, string error);

    [LoggerMessage(EventId = 4209, Level = LogLevel.Warning,
        Message = "Dataverse {Operation} rejected the request with HTTP {Status} ({Error})")]
    public static partial void Rejected(ILogger logger, string operation, int status, string error);

    [LoggerMessage(EventId = 4211, Level = LogLevel.Information,
        Message = "Queue completion of {Rows} rows in {Requests} requests: {Failed} failed")]
    public static partial void Completed(ILogger logger, int rows, int requests, int failed);

    [LoggerMessage(EventId = 4212, Level = LogLevel.Warning,
        Message = "Dataverse $batch {Operation}: the answer could not be read ({Problem}); its requests are Unknown, as they may have run")]
    public static partial void UnreadableBatch(ILogger logger, string operation, string problem);

    [LoggerMessage(EventId = 4213, Level = LogLevel.Error,
        Message = "Dataverse {Operation} ({Path}) names something this environment does not have (HTTP {Status}, {Error})")]
    public static partial void NotConfigured(ILogger logger, string operation, string path, int status, string error);

    [LoggerMessage(EventId = 4214, Level = LogLevel.Warning,
        Message = "Dataverse $batch {Operation}: the answer has more parts or change-set responses than requests ({Parts} parts for {Requests} requests); the extra ones are ignored")]
    public static partial void ExtraBatchAnswers(ILogger logger, string operation, int parts, int requests);

    [LoggerMessage(EventId = 4215, Level = LogLevel.Warning,
        Message = "Dataverse {Operation} got no answer ({Failure}) after it was sent; it is not sent again, as it may have run: its outcome is Unknown")]
    public static partial void NoAnswerAfterSending(ILogger logger, string operation, string failure);

    [LoggerMessage(EventId = 4216, Level = LogLevel.Warning,
        Message = "Dataverse table {Table} refuses UpdateMultiple ({Error}); its rows go as $batch PATCHes from now on")]
    public static partial void BulkRefused(ILogger logger, string table, string error);
}
