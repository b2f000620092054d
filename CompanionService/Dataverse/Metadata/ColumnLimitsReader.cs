using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;

namespace MsiDynamics.CompanionService.Dataverse.Metadata;

/// <summary>
/// Reads a table's text column lengths from its definitions (DOCS "Query table definitions using the Web API": cast the
/// <c>Attributes</c> collection to the type that has the property), once per table per process (<see cref="ColumnLimitsCache"/>):
/// <c>GET EntityDefinitions(LogicalName='lead')/Attributes/Microsoft.Dynamics.CRM.StringAttributeMetadata?$select=LogicalName,MaxLength</c>
/// and the same for <c>MemoAttributeMetadata</c> (multiline text). Each answers <c>{"value":[{"LogicalName":…,"MaxLength":…,"MetadataId":…}]}</c>.
/// </summary>
public sealed class ColumnLimitsReader(DataverseQueries queries, ColumnLimitsCache cache)
{
    private static readonly string[] TextTypes = ["StringAttributeMetadata", "MemoAttributeMetadata"];

    /// <summary>
    /// The limits of <paramref name="table"/>, or null and why they could not be read: an outcome whose message says what
    /// failed and what to check, so a caller can refuse its write cleanly instead of sending values that may not fit.
    /// </summary>
    public async Task<(ColumnLimits? Limits, DataverseOutcome Outcome)> ReadAsync(DataverseTable table, CancellationToken cancellationToken = default)
    {
        if (cache.Find(table) is { } known)
        {
            return (known, DataverseOutcome.Succeeded(200));
        }

        var lengths = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in TextTypes)
        {
            var page = await queries.PageAsync(Path(table, type), [], $"{table}.metadata", cancellationToken).ConfigureAwait(false);
            if (!page.Outcome.IsSuccess)
            {
                return (null, Explain(table, page.Outcome));
            }

            foreach (var column in page.Rows)
            {
                if (column.GetString("LogicalName") is { } name && column.GetInt("MaxLength") is > 0 and var max)
                {
                    lengths[name] = max;
                }
            }
        }

        return (cache.Keep(new ColumnLimits(table.LogicalName, lengths)), DataverseOutcome.Succeeded(200));
    }

    /// <summary>The path of one read: the table's attributes cast to <paramref name="type"/>, name and length only.</summary>
    public static string Path(DataverseTable table, string type) =>
        $"EntityDefinitions(LogicalName='{ODataUri.Name(table.LogicalName)}')/Attributes/Microsoft.Dynamics.CRM.{ODataUri.Name(type)}?$select=LogicalName,MaxLength";

    private static DataverseOutcome Explain(DataverseTable table, DataverseOutcome failed) => failed with
    {
        Error = new DataverseError(failed.Error?.Code ?? string.Empty,
            $"The text column lengths of {table} could not be read from its definitions (EntityDefinitions), so nothing was written: "
            + $"{failed.Error?.Message} Check Dataverse:Url and that the application user may read table definitions."),
    };
}
