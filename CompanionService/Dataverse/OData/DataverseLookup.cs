namespace MsiDynamics.CompanionService.Dataverse.OData;

/// <summary>
/// Where a lookup points: the row's id and its table's logical name, read from <c>_x_value</c> and its
/// <c>@Microsoft.Dynamics.CRM.lookuplogicalname</c> annotation (dataverse.md §6). An owner is a <c>systemuser</c> or
/// a <c>team</c>; a customer an <c>account</c> or a <c>contact</c>; the id alone cannot tell them apart.
/// </summary>
/// <param name="Id">The row the lookup points at.</param>
/// <param name="LogicalName">Its table, e.g. <c>team</c>; null when the answer did not carry the annotation.</param>
public sealed record DataverseLookup(Guid Id, string? LogicalName)
{
    /// <summary>Whether the lookup points at a row of <paramref name="logicalName"/> (false when the table is unknown).</summary>
    public bool IsOf(string logicalName) => string.Equals(LogicalName, logicalName, StringComparison.Ordinal);

    public override string ToString() => $"{LogicalName ?? "(table unknown)"} {Id:D}";
}
