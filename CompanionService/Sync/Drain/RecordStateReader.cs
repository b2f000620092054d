using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Records;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Mapping;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// Reads the current state of a cycle's records in bulk (dataverse.md §0.10: the queue row says only that a record
/// changed; its state is read at push time): per table, the columns its mapping reads with formatted values, in one
/// GET per ~700 ids (<see cref="CurrentRecordReader"/>). A record absent from the answer no longer exists.
/// </summary>
internal sealed class RecordStateReader(CurrentRecordReader reader)
{
    /// <summary>When the record was created: a person's work that does not go back to it may follow an earlier push.</summary>
    public const string CreatedOn = "createdon";

    /// <summary><c>modifiedon</c>: when a person row last changed (with <see cref="CreatedOn"/>, whether it changed at all).</summary>
    public const string ModifiedOn = "modifiedon";

    /// <summary>Besides the mapping's columns: what the drain itself needs of persons and accounts.</summary>
    private const string Merged = "merged";

    /// <summary>A connection's state: an inactive connection is no opportunity role (architecture.md §3.10).</summary>
    private const string State = "statecode";

    /// <summary>The rows of <paramref name="records"/> that exist, by record; a failed read is the outcome, with what was read before it.</summary>
    public async Task<(Dictionary<RecordKey, DataverseRow> Rows, DataverseOutcome Outcome)> ReadAsync(
        IEnumerable<RecordKey> records, CancellationToken cancellationToken)
    {
        // One read per table, all at once: none waits for another.
        var tables = await Task.WhenAll(records.Distinct().GroupBy(r => r.Entity, StringComparer.Ordinal)
            .Select(table => ReadTableAsync(table.Key, [.. table.Select(r => r.RecordId.Value)], cancellationToken))).ConfigureAwait(false);
        var rows = new Dictionary<RecordKey, DataverseRow>();
        foreach (var (read, outcome) in tables)
        {
            foreach (var (key, row) in read)
            {
                rows[key] = row;
            }

            if (!outcome.IsSuccess)
            {
                return (rows, outcome);
            }
        }

        return (rows, DataverseOutcome.Succeeded());
    }

    private async Task<(List<(RecordKey, DataverseRow)> Rows, DataverseOutcome Outcome)> ReadTableAsync(
        string table, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var dataverseTable = DataverseTable.For(table);
        var rows = new List<(RecordKey, DataverseRow)>(ids.Count);
        await foreach (var page in reader.ReadAsync(dataverseTable, ids, Select(table), formattedValues: true, cancellationToken).ConfigureAwait(false))
        {
            if (!page.Outcome.IsSuccess)
            {
                return (rows, page.Outcome);
            }

            foreach (var row in page.Rows)
            {
                if (RecordId.TryParse(row.GetString(dataverseTable.PrimaryKey), out var id))
                {
                    rows.Add((new RecordKey(table, id), row));
                }
            }
        }

        return (rows, DataverseOutcome.Succeeded());
    }

    /// <summary>
    /// The <c>$select</c> for <paramref name="table"/>: the mapping's, and for persons their Marketo lead id,
    /// <c>createdon</c> and <c>modifiedon</c>, and for merged tables <c>merged</c>.
    /// </summary>
    public static IReadOnlyList<string> Select(string table) => table switch
    {
        DataverseSchema.Lead.EntityName or DataverseSchema.Contact.EntityName =>
            [.. DefaultMapping.Select(table), DataverseSchema.MsiColumns.MarketoLeadId, Merged, CreatedOn, ModifiedOn],
        DataverseSchema.Account.EntityName => [.. DefaultMapping.Select(table), Merged],
        DataverseSchema.Connection.EntityName => [.. DefaultMapping.Select(table), State],
        _ => DefaultMapping.Select(table),
    };

    /// <summary>Whether a connection <paramref name="row"/> is deactivated (statecode 1).</summary>
    public static bool IsInactive(DataverseRow row) => row.GetChoice(State) == 1;

    /// <summary>Whether <paramref name="row"/> was merged into another (the subordinate of a Merge, dataverse.md §0.3).</summary>
    public static bool IsMerged(DataverseRow row) => row.GetBool(Merged) == true;
}
