using System.Text.Json.Nodes;

namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// One value fitted to its Marketo field (marketo.md D10): the JSON to send, with the cut made to it if any, or the
/// reason it cannot be sent at all.
/// </summary>
/// <param name="Value">The value to send; null clears the field in Marketo (sent as JSON null).</param>
/// <param name="Cut">The cut made to a text value that was longer than the field, or null.</param>
/// <param name="Error">Why the value cannot be sent, naming the column, the value and the field; null when it can.</param>
internal sealed record FieldFit(JsonNode? Value, TextCut? Cut, string? Error)
{
    /// <summary>Whether the value can be sent.</summary>
    public bool Fits => Error is null;

    public static FieldFit Sent(JsonNode? value, TextCut? cut = null) => new(value, cut, null);

    public static FieldFit Refused(string error) => new(null, null, error);
}
