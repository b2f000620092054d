using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>The reads every default mapping shares: trimmed text, and the references carried by lookups.</summary>
internal static class MappingRow
{
    // Column names the mappings share.
    public const string Owner = "ownerid";
    public const string State = "statecode";
    public const string Status = "statuscode";
    public const string ParentAccount = "parentaccountid";

    /// <summary>The text of <paramref name="column"/>, trimmed; null when empty or blank.</summary>
    public static string? Text(DataverseRow row, string column) =>
        row.GetString(column)?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The row's own id in its canonical form (architecture.md §1), or null when the row carries none.</summary>
    public static RecordId? Id(DataverseRow row, string column) =>
        RecordId.TryParse(row.GetString(column), out var id) ? id : null;

    /// <summary>
    /// The sales person of the row's owner: the owning <c>systemuser</c>'s id. A row owned by a team has none — Marketo's
    /// owner fields are filled only for a user owner (marketo.md §7), and a team is no sales person (§3.2).
    /// </summary>
    public static RecordId? SalesPerson(DataverseRow row) => Reference(row, Owner, DataverseSchema.SystemUser.EntityName);

    /// <summary>The id <paramref name="lookup"/> points at when it points at a row of <paramref name="table"/>; else null.</summary>
    public static RecordId? Reference(DataverseRow row, string lookup, string table) =>
        row.GetLookupTarget(lookup) is { } target && target.IsOf(table) ? RecordId.From(target.Id, lookup) : null;

}
