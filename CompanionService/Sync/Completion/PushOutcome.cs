using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Sync.Completion;

/// <summary>
/// The outcome of one record's push, or the reason it was not pushed, as the completion stage needs it.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="MarketoId">For <see cref="PushOutcomeKind.Succeeded"/>: the id Marketo returned, if any.</param>
/// <param name="Code">For <see cref="PushOutcomeKind.Rejected"/>: Marketo's reason code, e.g. "1003".</param>
/// <param name="Message">Marketo's message, the transient failure, or the mapping error, as a person reads it.</param>
internal sealed record PushOutcome(PushOutcomeKind Kind, string? MarketoId, string? Code, string? Message)
{
    /// <summary>
    /// For <see cref="PushOutcomeKind.Succeeded"/>: Marketo answered <c>updated</c>, so the record existed there before
    /// this push (a person Marketo already knew by its address or id may carry MSI values already).
    /// </summary>
    public bool Existed { get; init; }

    public static PushOutcome Succeeded(string? marketoId) => new(PushOutcomeKind.Succeeded, marketoId, null, null);

    public static PushOutcome Rejected(string? code, string message) => new(PushOutcomeKind.Rejected, null, code, message);

    public static PushOutcome Transient(string reason) => new(PushOutcomeKind.Transient, null, null, reason);

    public static PushOutcome QuotaExhausted(string reason) => new(PushOutcomeKind.QuotaExhausted, null, null, reason);

    public static PushOutcome RunStopped(string reason) => new(PushOutcomeKind.RunStopped, null, null, reason);

    public static PushOutcome Superseded(string reason) => new(PushOutcomeKind.Superseded, null, null, reason);

    public static PushOutcome MappingError(string reason) => new(PushOutcomeKind.MappingError, null, null, reason);

    public static PushOutcome RecordGone { get; } = new(PushOutcomeKind.RecordGone, null, null, null);

    public static PushOutcome EntityDisabled { get; } = new(PushOutcomeKind.EntityDisabled, null, null, null);

    /// <summary>
    /// The outcome of a record Marketo's client pushed: <paramref name="record"/> is its fate, <paramref name="call"/>
    /// how its batch's calls ended, which says why a record was not sent (a spent quota, a stopped run, an outage).
    /// </summary>
    public static PushOutcome From(MarketoOutcome record, MarketoCallOutcome call) => record.Status switch
    {
        _ when record.Succeeded => Succeeded(record.MarketoId) with { Existed = record.Status == MarketoRecordStatus.Updated },
        MarketoRecordStatus.Skipped when record.IsRetryable =>
            Transient($"Marketo skipped the record for now ({record.Code} {record.Message})"),
        MarketoRecordStatus.Skipped => Rejected(record.Code, record.Message ?? "no reason was given"),
        MarketoRecordStatus.Superseded => Superseded(record.Message ?? "a later record of the batch had the same key"),
        _ => call.Kind switch
        {
            MarketoCallOutcomeKind.QuotaExhausted => QuotaExhausted(call.ToString()),
            MarketoCallOutcomeKind.Stopped => RunStopped(call.ToString()),
            _ => Transient(record.Message ?? call.ToString()),
        },
    };

    public override string ToString() => Code is null ? $"{Kind}: {Message ?? MarketoId}" : $"{Kind} {Code}: {Message}";
}
