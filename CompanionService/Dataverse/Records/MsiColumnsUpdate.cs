using MsiDynamics.CompanionService.Dataverse.Bulk;
using MsiDynamics.CompanionService.Dataverse.Metadata;

namespace MsiDynamics.CompanionService.Dataverse.Records;

/// <summary>
/// New MSI values for one lead or contact (architecture.md §3.5, §4): the table, the row, and column → value.
/// Column names come from the write-back's options (the <c>msi_*</c> columns by default, or an org's
/// <c>mkt_*</c> columns), so they are not fixed here. A null value clears the column.
/// </summary>
/// <param name="Table"><see cref="DataverseTable.Lead"/> or <see cref="DataverseTable.Contact"/>.</param>
/// <param name="Id">The lead's or contact's id.</param>
/// <param name="Columns">Logical column name → value (text, whole number, date, or null).</param>
public sealed record MsiColumnsUpdate(DataverseTable Table, Guid Id, IReadOnlyDictionary<string, object?> Columns)
{
    /// <summary>The <c>UpdateMultiple</c> target, each text value cut to its column's length in <paramref name="limits"/>.</summary>
    public RowUpdate ToTarget(ColumnLimits limits) =>
        RowUpdate.Of(Id, Columns.Select(c => new KeyValuePair<string, object?>(c.Key, limits.Fit(c.Key, c.Value))));

    public override string ToString() => $"{Table} {Id:D} ({Columns.Count} MSI columns)";
}
