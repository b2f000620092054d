using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.Schema;
using C = MsiDynamics.Schema.DataverseSchema.Connection;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// A renamed connection role (architecture.md §5: the <c>connectionrole</c> step): every opportunity role that uses it
/// is re-keyed in Marketo — its role under the old name deleted, under the new one created (marketo.md D7). The
/// connections that use the role are read in one query and join the cycle; the rename's row ends as they do.
/// </summary>
internal sealed class RoleRenames(DataverseQueries queries)
{
    private readonly List<(CycleRecord Rename, List<CycleRecord> Roles)> _renames = [];

    /// <summary>Adds to <paramref name="cycle"/> every opportunity–contact connection that uses each renamed role in <paramref name="renames"/>.</summary>
    public async Task ExpandAsync(IReadOnlyList<CycleRecord> renames, Dictionary<RecordKey, CycleRecord> cycle, CancellationToken ct)
    {
        foreach (var rename in renames.Where(r => r.IsOpen))
        {
            var previous = PayloadText.Read(rename.Work!.Rows[0].Payload, "previousName");
            var id = rename.Key.RecordId.Value;
            var query = new DataverseQuery(DataverseTable.Connection.EntitySetName)
                .Select(RecordStateReader.Select(C.EntityName))
                .Where(ODataFilter.Or(ODataFilter.Eq(ODataAnnotations.LookupValue(C.Record1RoleId), id), ODataFilter.Eq(ODataAnnotations.LookupValue(C.Record2RoleId), id)))
                .WithFormattedValues();
            var (rows, outcome) = await queries.ListAsync(query, "connection.byrole", ct).ConfigureAwait(false);
            if (!outcome.IsSuccess)
            {
                throw new DrainDataverseException($"Reading the connections that use connection role {id} failed: {outcome}");
            }

            var roles = new List<CycleRecord>();
            var pairs = new HashSet<(RecordId, RecordId)>();
            foreach (var row in rows)
            {
                // Both halves of a connection name the role (dataverse.md §0.4): one opportunity role per pair.
                if (CycleMapping.Ends(row) is not { } ends || !RecordId.TryParse(row.GetString(C.Id), out var connectionId) || !pairs.Add(ends))
                {
                    continue;
                }

                var key = new RecordKey(C.EntityName, connectionId);
                if (!cycle.TryGetValue(key, out var record))
                {
                    record = new CycleRecord(key, null) { Row = row };
                    CycleMapping.Map(record);
                    cycle[key] = record;
                }

                record.PreviousRole ??= previous is null ? null : new RolePayload(ends.Opportunity, ends.Contact, previous);
                roles.Add(record);
            }

            _renames.Add((rename, roles));
        }
    }

    /// <summary>Settles each rename as its roles ended: succeeded when all did, else as the first that did not.</summary>
    public void Settle()
    {
        foreach (var (rename, roles) in _renames)
        {
            rename.Settle(roles.Select(r => r.Outcome).FirstOrDefault(o => o is not { Kind: PushOutcomeKind.Succeeded }) ?? PushOutcome.Succeeded(null));
        }
    }
}
