using System.Globalization;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Records;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// Reads the Dynamics leads and contacts the write-back updates, with the current values of the target columns: by
/// Marketo lead id for the incremental cycle (<c>Microsoft.Dynamics.CRM.In</c> on <c>msi_marketoleadid</c>, ~700 a GET,
/// more in one <c>$batch</c>, <see cref="CurrentRecordReader"/>), and a page at a time in primary-key order for the
/// reconcile (every row with a Marketo lead id; keyset paging, so a page can be resumed after a known row by any worker).
/// </summary>
internal sealed class PersonRowReader(CurrentRecordReader reader, DataverseQueries queries)
{
    /// <summary>The tables the write-back updates, in the order the reconcile visits them.</summary>
    public static IReadOnlyList<DataverseTable> Tables { get; } = [DataverseTable.Lead, DataverseTable.Contact];

    /// <summary>The leads and contacts whose Marketo lead id is one of <paramref name="marketoLeadIds"/>.</summary>
    public async Task<(IReadOnlyList<PersonRow> Rows, DataverseOutcome Outcome)> ByMarketoIdsAsync(
        IReadOnlyCollection<long> marketoLeadIds, WriteBackColumns columns, CancellationToken cancellationToken)
    {
        var rows = new List<PersonRow>();
        if (marketoLeadIds.Count == 0)
        {
            return (rows, DataverseOutcome.Succeeded(200));
        }

        var values = marketoLeadIds.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        foreach (var table in Tables)
        {
            await foreach (var page in reader.ReadByAsync(table, DataverseSchema.MsiColumns.MarketoLeadId, values, Select(table, columns),
                cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (!page.Outcome.IsSuccess)
                {
                    return (rows, page.Outcome);
                }

                rows.AddRange(Persons(table, page.Rows));
            }
        }

        return (rows, DataverseOutcome.Succeeded(200));
    }

    /// <summary>
    /// Up to <paramref name="size"/> rows of <paramref name="table"/> that have a Marketo lead id, after row
    /// <paramref name="after"/> in primary-key order (from the first when null). Fewer than <paramref name="size"/> means the table is done.
    /// </summary>
    public async Task<(IReadOnlyList<PersonRow> Rows, int Read, Guid? LastId, DataverseOutcome Outcome)> PageAsync(
        DataverseTable table, Guid? after, int size, WriteBackColumns columns, CancellationToken cancellationToken)
    {
        var linked = ODataFilter.Ne(DataverseSchema.MsiColumns.MarketoLeadId, null);
        var query = new DataverseQuery(table.EntitySetName)
            .Select(Select(table, columns))
            .Where(after is { } last ? ODataFilter.And(linked, ODataFilter.Gt(table.PrimaryKey, last)) : linked)
            .OrderBy(table.PrimaryKey)
            .Take(size)
            .WithPageSize(size);
        var page = await queries.PageAsync(query.ToPath(), query.Preferences(size), $"{table}.reconcile", cancellationToken).ConfigureAwait(false);
        return ([.. Persons(table, page.Rows)], page.Rows.Count, page.Rows.LastOrDefault()?.GetGuid(table.PrimaryKey), page.Outcome);
    }

    private static string[] Select(DataverseTable table, WriteBackColumns columns) =>
        [table.PrimaryKey, DataverseSchema.MsiColumns.MarketoLeadId, .. columns.Targets.Select(t => t.Column)];

    /// <summary>Rows whose Marketo lead id is a number; any other value names no Marketo lead and is left alone.</summary>
    private static IEnumerable<PersonRow> Persons(DataverseTable table, IEnumerable<DataverseRow> rows) =>
        rows.Select(row => (Row: row, Id: row.GetGuid(table.PrimaryKey), Lead: row.GetString(DataverseSchema.MsiColumns.MarketoLeadId)))
            .Where(r => r.Id is not null && long.TryParse(r.Lead, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(r => new PersonRow(table, r.Id!.Value, long.Parse(r.Lead!, NumberStyles.None, CultureInfo.InvariantCulture), r.Row));
}
