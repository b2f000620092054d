namespace MsiDynamics.CompanionService.Marketo.Push;

/// <summary>
/// What happened to one input record of a push, at the same position as the input. Expected
/// rejections are values here, never exceptions: one bad record does not fail its batch.
/// </summary>
/// <param name="Status">The record's fate.</param>
/// <param name="MarketoId">
/// Marketo's id for the record (the integer <c>id</c> of a lead, sales person or company; the
/// <c>marketoGUID</c> of an opportunity or role), when Marketo returned one. A skipped record has none.
/// </param>
/// <param name="Code">Marketo's reason code (e.g. "1004"), or null when the client decided.</param>
/// <param name="Message">Marketo's reason message, or the client's explanation.</param>
/// <param name="IsRetryable">Whether sending the same record later may succeed.</param>
public sealed record MarketoOutcome(
    MarketoRecordStatus Status, string? MarketoId, string? Code, string? Message, bool IsRetryable)
{
    /// <summary>True when Marketo now holds (or no longer holds, for a delete) what was sent.</summary>
    public bool Succeeded => Status is MarketoRecordStatus.Created or MarketoRecordStatus.Updated
        or MarketoRecordStatus.Deleted;

    public static MarketoOutcome Created(string? marketoId) =>
        new(MarketoRecordStatus.Created, marketoId, null, null, false);

    public static MarketoOutcome Updated(string? marketoId) =>
        new(MarketoRecordStatus.Updated, marketoId, null, null, false);

    public static MarketoOutcome Deleted(string? marketoId, string? code = null, string? message = null) =>
        new(MarketoRecordStatus.Deleted, marketoId, code, message, false);

    public static MarketoOutcome Skipped(string? code, string message, bool retryable) =>
        new(MarketoRecordStatus.Skipped, null, code, message, retryable);

    public static MarketoOutcome NotSent(string reason) =>
        new(MarketoRecordStatus.NotSent, null, null, reason, true);

    public static MarketoOutcome Superseded(string reason) =>
        new(MarketoRecordStatus.Superseded, null, null, reason, false);

    /// <summary>A line a person can read, e.g. "Skipped 1004: Lead not found".</summary>
    public override string ToString() => Status switch
    {
        MarketoRecordStatus.Created or MarketoRecordStatus.Updated or MarketoRecordStatus.Deleted
            when Code is null => $"{Status} {MarketoId}",
        _ when Code is not null => $"{Status} {Code}: {Message}",
        _ => $"{Status}: {Message}",
    };
}
