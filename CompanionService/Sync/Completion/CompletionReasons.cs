using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Marketo.Errors;
using MsiDynamics.CompanionService.Sync.Collapse;

namespace MsiDynamics.CompanionService.Sync.Completion;

/// <summary>
/// The <c>msi_lasterror</c> texts an admin reads: each names the record or the code and what happens next, and
/// goes through <see cref="LastErrorText"/>, so a token or secret that slipped into a message never reaches the
/// queue (architecture.md §4), nor a log line made from the plan.
/// </summary>
internal static class CompletionReasons
{
    /// <summary>An upsert whose record was deleted before it was read: nothing left to push.</summary>
    public static readonly string RecordGone =
        "The record no longer exists in Dynamics, so there is nothing to send to Marketo. Nothing to do.";

    /// <summary>A row of a table whose sync an admin switched off in <c>msi_syncsetting</c>.</summary>
    public static string SwitchedOff(string entity) =>
        $"Sync of {entity} is switched off in the sync settings, so the change was not sent. Switch it on to send later changes.";

    /// <summary>
    /// A permanent record-level refusal, e.g. "Marketo refused the lead … (1003 Invalid value for field 'x')", with what
    /// to do: most codes are the record's data, corrected in Dynamics; a few are Marketo's own configuration (§5.3).
    /// </summary>
    public static string Rejected(RecordKey record, PushOutcome outcome)
    {
        var why = outcome.Code is null ? Text(outcome.Message) : $"{outcome.Code} {Text(outcome.Message)}";
        return Clean($"Marketo refused the {record.Entity} {record.RecordId} ({why}). {Advice(outcome.Code)}");
    }

    /// <summary>The last transient failure of a record that has used up its attempts.</summary>
    public static string GaveUp(int attempts, string reason) => Clean($"Gave up after {attempts} attempts: {reason}");

    /// <summary>A transient failure of the latest row, which is tried again.</summary>
    public static string Retry(int attempt, int maxAttempts, string reason) =>
        Clean($"Attempt {attempt} of {maxAttempts} failed: {reason}");

    /// <summary>An older row kept with the latest one while it is retried, since its payload may still be needed.</summary>
    public static string RetriedWith(DueRow latest, string reason) =>
        Clean($"Retried together with queue row {latest.Id:D}, the latest change of {latest.Record}: {reason}");

    /// <summary>A message as given, or a placeholder when none came; cleaned.</summary>
    public static string Text(string? message) =>
        Clean(string.IsNullOrWhiteSpace(message) ? "no reason was given" : message);

    /// <summary>
    /// What an admin does about a refusal (marketo.md §5.3): 1006, a field the instance no longer has (removed after the
    /// worker read its describe, which it reads again within the hour, D10), is fixed in Marketo or in the mapping, not in
    /// the record; 1007, several Marketo persons matching, by merging the duplicates in Marketo.
    /// </summary>
    private static string Advice(string? code) => code switch
    {
        MarketoErrorCodes.FieldNotFound =>
            "The field is not in the Marketo instance (removed?): restore it in Marketo or change the mapping; the record's next change is sent again.",
        MarketoErrorCodes.MultipleLeadsMatch =>
            "Several Marketo persons match it: merge the duplicates in Marketo; the record's next change is sent again.",
        _ => "Correct the record in Dynamics; its next change is sent again.",
    };

    private static string Clean(string text) => LastErrorText.From(text)!;
}
