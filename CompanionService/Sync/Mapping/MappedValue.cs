namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// A value read from a Dataverse column, on its way to a Marketo field. The column's name travels with it so that a
/// value Marketo would refuse is reported by the column an administrator knows (marketo.md D10).
/// </summary>
/// <param name="Column">The Dataverse column's logical name, e.g. <c>emailaddress1</c>.</param>
/// <param name="Value">
/// The value as the Web API gave it: text, a whole number, a decimal or money amount, a two-option's
/// <see cref="bool"/>, a <see cref="DateTime"/> (UTC in Dataverse, dataverse.md §6), a GUID, or null.
/// </param>
internal readonly record struct MappedValue(string Column, object? Value);
