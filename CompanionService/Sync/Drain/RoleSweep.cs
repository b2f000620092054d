using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.OpportunityRoles;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.Queries;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Sync.Mapping;
using MsiDynamics.Schema;
using C = MsiDynamics.Schema.DataverseSchema.Connection;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// Removes the opportunity roles Marketo holds under a name no connection gives any more, for each (opportunity,
/// contact) pair whose role changed, was renamed or was removed in the cycle, or that a backfill sends again. A queue row names the role as the
/// connection's images had it when it was saved, which is not always the name Marketo holds: a role renamed and then
/// taken off a connection (or the connection deleted) before the drain saw the rename leaves the old name in no row,
/// and a rename retried after part of its roles moved leaves the part under the name between. So the pair's roles are
/// read from Marketo (by <c>externalOpportunityId</c>, marketo.md §3.6) and set against the pair's connections in
/// Dynamics now; a Marketo role that none of them gives is deleted (marketo.md D7). Runs before the cycle's role
/// deletes and creates, which it leaves as they are: it deletes only what no connection gives.
/// </summary>
internal sealed class RoleSweep(ContactLeadIds leadIds, RoleCategories categories, DataverseQueries queries, FieldsQuery query, CyclePushes pushes, MarketoClient marketo)
{
    /// <summary>The contacts' lead ids the sweep resolved, which the role stage need not resolve again.</summary>
    public IReadOnlyDictionary<RecordId, long> LeadIds { get; private set; } = new Dictionary<RecordId, long>();

    /// <summary>
    /// Sweeps the pairs of <paramref name="records"/> (connections deleted, re-roled, deactivated, using a renamed role,
    /// or backfilled) and returns those swept. A deleted connection's row ends with the sweep: its role is gone from Marketo (or
    /// Marketo never had it). When the sweep cannot finish, every record still open is settled with why, so it is
    /// retried and swept again.
    /// </summary>
    public async Task<IReadOnlySet<CycleRecord>> RunAsync(IReadOnlyList<CycleRecord> records, IReadOnlyDictionary<RecordKey, CycleRecord> cycle, CancellationToken ct)
    {
        var swept = new HashSet<CycleRecord>();
        var touched = new List<(CycleRecord Record, List<(RecordId Opportunity, RecordId Contact)> Pairs)>();
        foreach (var record in records.Where(r => r.IsOpen))
        {
            var pairs = Pairs(record);
            if (pairs.Count > 0)
            {
                touched.Add((record, pairs));
            }
            else if (IsDelete(record))
            {
                record.Settle(PushOutcome.Superseded("the queue row names no opportunity role to delete"));
            }
        }

        if (touched.Count == 0 || pushes.Stop is not null)
        {
            return swept;
        }

        var (ids, resolved) = await leadIds.ResolveAsync([.. touched.SelectMany(t => t.Pairs).Select(p => p.Contact)], cycle, ct).ConfigureAwait(false);
        LeadIds = ids;
        if (!resolved.IsSuccess)
        {
            Fail(touched, resolved);
            return swept;
        }

        var known = touched.SelectMany(t => t.Pairs).Where(p => ids.ContainsKey(p.Contact)).Select(p => (p.Opportunity, LeadId: ids[p.Contact])).ToHashSet();
        if (known.Count > 0 && await StaleAsync(known, ids, ct).ConfigureAwait(false) is { } failed)
        {
            foreach (var (record, _) in touched)
            {
                record.Settle(failed);
            }

            return swept;
        }

        foreach (var (record, recordPairs) in touched)
        {
            swept.Add(record);
            if (IsDelete(record))
            {
                record.Settle(recordPairs.Any(p => ids.ContainsKey(p.Contact))
                    ? PushOutcome.Succeeded(null)
                    : PushOutcome.Superseded("Marketo has no such role: its contact is not in Marketo"));
            }
        }

        return swept;
    }

    /// <summary>Deletes the Marketo roles of <paramref name="pairs"/> that no connection gives; null when done, else how it failed.</summary>
    private async Task<PushOutcome?> StaleAsync(HashSet<(RecordId Opportunity, long LeadId)> pairs, IReadOnlyDictionary<RecordId, long> ids, CancellationToken ct)
    {
        var (held, call) = await HeldRoles.ReadAsync(query, pairs.Select(p => p.Opportunity), ct).ConfigureAwait(false);
        if (!call.IsSuccess)
        {
            pushes.Note(call);
            return PushOutcome.From(MarketoOutcome.NotSent($"reading the roles Marketo holds failed: {call}"), call);
        }

        var candidates = held.Where(k => pairs.Contains((k.ExternalOpportunityId, k.LeadId))).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var given = await GivenAsync([.. candidates.Select(k => k.ExternalOpportunityId).Distinct()], ids, ct).ConfigureAwait(false);
        var probes = candidates.Where(k => !given.Contains(k.DedupeKey))
            .Select(k => (Record: new CycleRecord(new RecordKey(C.EntityName, k.ExternalOpportunityId), null), Key: k)).ToList();
        await pushes.SendAsync(MarketoObjectType.OpportunityRoles, probes, marketo.OpportunityRoles.DeleteAsync, true, ct).ConfigureAwait(false);
        return probes.Select(p => p.Record.Outcome).FirstOrDefault(o => o is not { Kind: PushOutcomeKind.Succeeded }) is { } failed
            ? failed.Kind == PushOutcomeKind.Transient
                ? PushOutcome.Transient($"a role Marketo holds under a name no connection gives could not be deleted: {failed.Message}")
                : failed
            : null;
    }

    private static bool IsDelete(CycleRecord record) => record.Work?.Intent == QueueOperation.Delete;

    /// <summary>The (opportunity, contact) pairs a record's role was and is on.</summary>
    private static List<(RecordId Opportunity, RecordId Contact)> Pairs(CycleRecord record)
    {
        var pairs = new List<(RecordId, RecordId)>();
        if (IsDelete(record))
        {
            if (RolePayload.Read(record.Work!.Latest.Payload) is { } deleted)
            {
                pairs.Add((deleted.Opportunity, deleted.Contact));
            }

            return pairs;
        }

        if (record.PreviousRole is { } previous)
        {
            pairs.Add((previous.Opportunity, previous.Contact));
        }

        // A backfill's row (sync switched back on) carries no history: what changed while sync was off is swept too.
        if (record.Row is not null && (record.PreviousRole is not null || RecordStateReader.IsInactive(record.Row) || record.Work?.Lane == QueueLane.Backfill)
            && CycleMapping.Ends(record.Row) is { } now && !pairs.Contains(now))
        {
            pairs.Add(now);
        }

        return pairs;
    }

    /// <summary>
    /// The role keys the connections of <paramref name="opportunities"/> give now: active, of a Stakeholder role, with a
    /// contact whose lead id is known. One query: each connection has a half whose first record is the opportunity.
    /// </summary>
    private async Task<HashSet<(RecordId, long, string)>> GivenAsync(IReadOnlyList<RecordId> opportunities, IReadOnlyDictionary<RecordId, long> ids, CancellationToken ct)
    {
        var rows = new List<DataverseRow>();
        foreach (var chunk in opportunities.Chunk(100))
        {
            var request = new DataverseQuery(DataverseTable.Connection.EntitySetName)
                .Select(RecordStateReader.Select(C.EntityName))
                .Where(ODataFilter.In(ODataAnnotations.LookupValue(C.Record1Id), chunk.Select(o => o.ToString())))
                .WithFormattedValues();
            var (page, outcome) = await queries.ListAsync(request, "connection.byopportunity", ct).ConfigureAwait(false);
            if (!outcome.IsSuccess)
            {
                throw new DrainDataverseException($"Reading the connections of the cycle's opportunities failed: {outcome}");
            }

            rows.AddRange(page);
        }

        var connections = rows.Where(r => !RecordStateReader.IsInactive(r) && CycleMapping.Ends(r) is not null)
            .Select(r => new CycleRecord(new RecordKey(C.EntityName, RecordId.TryParse(r.GetString(C.Id), out var id) ? id : default), null) { Row = r })
            .ToList();
        var others = await categories.NotStakeholdersAsync(connections, ct).ConfigureAwait(false);
        var given = new HashSet<(RecordId, long, string)>();
        foreach (var connection in connections.Where(c => !others.Contains(c)))
        {
            var contact = CycleMapping.Ends(connection.Row!)!.Value.Contact;
            if (OpportunityRoleMapping.Map(connection.Row!, ids.TryGetValue(contact, out var id) ? id : null).Record is { } role)
            {
                given.Add(role.Key.DedupeKey);
            }
        }

        return given;
    }

    private void Fail(IEnumerable<(CycleRecord Record, List<(RecordId Opportunity, RecordId Contact)> Pairs)> touched, MarketoCallOutcome call)
    {
        pushes.Note(call);
        foreach (var (record, _) in touched)
        {
            record.Settle(PushOutcome.From(MarketoOutcome.NotSent(call.ToString()), call));
        }
    }
}
