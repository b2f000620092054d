using Microsoft.Extensions.Logging;

namespace MsiDynamics.CompanionService.Dataverse.DrainLease;

/// <summary>The drain lease's log lines (event ids 4230–4239); they name the holder, never a token or a record's data.</summary>
internal static partial class DrainLeaseLog
{
    [LoggerMessage(EventId = 4230, Level = LogLevel.Information, Message = "Drain lease claimed by {Holder} until {ExpiresOn:O}")]
    public static partial void Claimed(ILogger logger, string holder, DateTimeOffset expiresOn);

    [LoggerMessage(EventId = 4231, Level = LogLevel.Warning,
        Message = "Drain lease of {Holder} lost: another worker holds it now (HTTP {Status}); draining stops")]
    public static partial void Lost(ILogger logger, string holder, int status);

    [LoggerMessage(EventId = 4232, Level = LogLevel.Warning,
        Message = "Drain lease of {Holder} not renewed ({Outcome}); it holds until {ValidUntil:O}")]
    public static partial void RenewalFailed(ILogger logger, string holder, string outcome, DateTimeOffset validUntil);

    [LoggerMessage(EventId = 4233, Level = LogLevel.Warning, Message = "Drain lease of {Holder} lapsed before a renewal succeeded; draining stops")]
    public static partial void Lapsed(ILogger logger, string holder);

    [LoggerMessage(EventId = 4234, Level = LogLevel.Information, Message = "Drain lease released by {Holder} ({Outcome})")]
    public static partial void Released(ILogger logger, string holder, string outcome);
}
