namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// A record's fields fitted to its Marketo object's describe (marketo.md D10): what to send, the cuts to log, and
/// the mapping errors that keep the record from being sent at all.
/// </summary>
/// <param name="Fields">
/// Marketo field name → the JSON to send (a <c>JsonNode</c>; null clears the field); the form the Marketo records' <c>Fields</c> take.
/// Holds only the fields that fit.
/// </param>
/// <param name="Cuts">Text values cut to their field's length, one line each to log.</param>
/// <param name="Errors">Why values cannot be sent, one sentence each naming the column and the field.</param>
internal sealed record FittedRecord(
    IReadOnlyDictionary<string, object?> Fields, IReadOnlyList<TextCut> Cuts, IReadOnlyList<string> Errors)
{
    /// <summary>Whether every value fits, so the record can be sent.</summary>
    public bool CanBeSent => Errors.Count == 0;

    /// <summary>The row's dead-letter reason: every error, one per line; null when the record can be sent.</summary>
    public string? Reason => CanBeSent ? null : string.Join(Environment.NewLine, Errors);
}
