using MsiDynamics.CompanionService.Dataverse.OData;

namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary>
/// A synced table as <c>backfill</c> pages through it: its names, the columns and filter its page read needs, and how a
/// read row becomes the <see cref="BackfillItem"/> the plug-in would have queued (null for a row the plug-in would skip).
/// </summary>
internal sealed record BackfillTable(
    string LogicalName,
    string EntitySetName,
    string PrimaryKey,
    IReadOnlyList<string> Columns,
    ODataFilter? Filter,
    Func<DataverseRow, BackfillContext, BackfillItem?> ToItem);
