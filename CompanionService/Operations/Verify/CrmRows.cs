using System.Runtime.CompilerServices;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Schema;
using C = MsiDynamics.Schema.DataverseSchema.Connection;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>
/// Reads the rows of one synced table the way the drain reads them (<see cref="RecordStateReader"/>: the mapping's
/// columns with formatted values): every row, a page at a time, or a random sample. A sample reads only the ids of the
/// whole table first (a page of up to 5,000 a request), keeps <c>N</c> of them at random, then reads those rows in bulk.
/// Rows the sync never stands for in Marketo are left out here: application users (the worker's own, for one), and of
/// connections all but the master half of an opportunity–contact pair (dataverse.md §0.4).
/// </summary>
internal sealed class CrmRows(DataverseQueries queries, RecordStateReader state)
{
    private const string ApplicationId = "applicationid";

    /// <summary>The rows of <paramref name="table"/>, in chunks: a page of every row, or the whole sample.</summary>
    public async IAsyncEnumerable<IReadOnlyList<DataverseRow>> ReadAsync(
        string table, int? sample, Random random, [EnumeratorCancellation] CancellationToken ct)
    {
        var dataverseTable = DataverseTable.For(table);
        if (sample is not { } size)
        {
            var query = new DataverseQuery(dataverseTable.EntitySetName).Select([.. RecordStateReader.Select(table), .. Extra(table)]).WithFormattedValues();
            await foreach (var page in queries.PagesAsync(query, $"{table}.verify", ct).ConfigureAwait(false))
            {
                Check(page.Outcome, table);
                yield return [.. page.Rows.Where(r => Eligible(table, r))];
            }

            yield break;
        }

        var ids = await SampleAsync(dataverseTable, size, random, ct).ConfigureAwait(false);
        var (rows, outcome) = await state.ReadAsync(ids.Select(id => new RecordKey(table, id)), ct).ConfigureAwait(false);
        Check(outcome, table);
        yield return [.. rows.Values];
    }

    /// <summary>Reservoir sampling over the table's ids: each eligible row is kept with the same chance, holding at most <paramref name="size"/> ids.</summary>
    private async Task<List<RecordId>> SampleAsync(DataverseTable table, int size, Random random, CancellationToken ct)
    {
        var kept = new List<RecordId>(Math.Min(size, 5000));
        var seen = 0;
        var query = new DataverseQuery(table.EntitySetName).Select([table.PrimaryKey, .. Extra(table.LogicalName), .. Ends(table.LogicalName)]);
        await foreach (var page in queries.PagesAsync(query, $"{table}.verify.ids", ct).ConfigureAwait(false))
        {
            Check(page.Outcome, table.LogicalName);
            foreach (var row in page.Rows.Where(r => Eligible(table.LogicalName, r)))
            {
                if (!RecordId.TryParse(row.GetString(table.PrimaryKey), out var id))
                {
                    continue;
                }

                seen++;
                if (kept.Count < size)
                {
                    kept.Add(id);
                }
                else if (random.Next(seen) is var slot && slot < size)
                {
                    kept[slot] = id;
                }
            }
        }

        return kept;
    }

    /// <summary>Columns read besides the drain's, to tell which rows the sync stands for.</summary>
    private static string[] Extra(string table) => table switch
    {
        DataverseSchema.SystemUser.EntityName => [ApplicationId],
        DataverseSchema.Connection.EntityName => [C.IsMaster],
        _ => [],
    };

    /// <summary>For the id pass of connections: their ends, to keep only opportunity–contact pairs.</summary>
    private static string[] Ends(string table) => table == DataverseSchema.Connection.EntityName
        ? [ODataAnnotations.LookupValue(C.Record1Id), ODataAnnotations.LookupValue(C.Record2Id)]
        : [];

    private static bool Eligible(string table, DataverseRow row) => table switch
    {
        // The environment's application users (the worker's own among them) are no sales persons.
        DataverseSchema.SystemUser.EntityName => !row.Has(ApplicationId) || row.GetGuid(ApplicationId) == Guid.Empty,
        DataverseSchema.Connection.EntityName => row.GetBool(C.IsMaster) != false && CycleMapping.Ends(row) is not null,
        _ => true,
    };

    private static void Check(Dataverse.Errors.DataverseOutcome outcome, string table)
    {
        if (!outcome.IsSuccess)
        {
            throw new VerifyStoppedException($"Reading the {table} rows from Dataverse failed: {outcome}");
        }
    }
}
