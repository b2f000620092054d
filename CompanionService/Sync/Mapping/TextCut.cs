namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// A text value cut to its Marketo field's length before sending (marketo.md D10: truncation is a mapping decision,
/// logged). Lengths are in UTF-16 characters, the unit of the describe's <c>length</c>.
/// </summary>
/// <param name="Column">The Dataverse column the value came from.</param>
/// <param name="Field">The Marketo field it is sent to.</param>
/// <param name="OriginalLength">The value's length before the cut.</param>
/// <param name="KeptLength">The length sent.</param>
/// <param name="Limit">The field's limit as the describe states it, e.g. "string, 50" or "text, 30000 bytes".</param>
internal sealed record TextCut(string Column, string Field, int OriginalLength, int KeptLength, string Limit)
{
    public override string ToString() =>
        $"{Column} was cut from {OriginalLength} to {KeptLength} characters to fit Marketo field '{Field}' ({Limit})";
}
