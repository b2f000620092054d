using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.OpportunityRoles;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Sync.Mapping;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// Opportunity roles, the last object of the order (marketo.md §3.6): keyed by (opportunity, the contact's Marketo lead
/// id, role), so every contact's lead id is resolved first. The roles a changed, renamed or deleted connection leaves in
/// Marketo are deleted before, by <see cref="RoleSweep"/> (D7).
/// </summary>
internal sealed class RoleStage(ContactLeadIds leadIds, RoleCategories categories, CyclePushes pushes, MarketoClient marketo)
{
    private const string NotStakeholder =
        "the contact's connection role is not in the Stakeholder category, so it is no opportunity role in Marketo";

    private const string Inactive = "the connection is deactivated, so its opportunity role is removed from Marketo";

    /// <summary>
    /// Creates (or updates) the roles of the cycle's connections whose opportunity and contact are in Marketo; removes
    /// the role of a connection that no longer makes one, unless <paramref name="swept"/> holds it (<see cref="RoleSweep"/>
    /// removed it already), whose resolved lead ids are not read again.
    /// </summary>
    public async Task UpsertAsync(
        IReadOnlyList<CycleRecord> connections, ReferenceGate gate, RoleSweep sweep, IReadOnlySet<CycleRecord> swept,
        IReadOnlyDictionary<RecordKey, CycleRecord> cycle, CancellationToken ct)
    {
        var open = connections.Where(r => r.IsOpen && r.Row is not null && gate.Admits(r)).ToList();
        if (open.Count == 0)
        {
            return;
        }

        var contacts = open.Select(r => CycleMapping.Ends(r.Row!)).OfType<(RecordId Opportunity, RecordId Contact)>().Select(e => e.Contact).ToList();
        var (ids, outcome) = await leadIds.ResolveAsync(contacts, cycle, ct, sweep.LeadIds).ConfigureAwait(false);
        pushes.Note(outcome);
        var others = await categories.NotStakeholdersAsync(open, ct).ConfigureAwait(false);
        var items = new List<(CycleRecord, MarketoOpportunityRole)>();
        var removals = new List<(CycleRecord Record, CycleRecord Probe, MarketoOpportunityRoleKey Key)>();
        foreach (var record in open)
        {
            var contact = CycleMapping.Ends(record.Row!)?.Contact;
            var mapped = OpportunityRoleMapping.Map(record.Row!, contact is { } c && ids.TryGetValue(c, out var id) ? id : null);
            var inactive = RecordStateReader.IsInactive(record.Row!);
            if (mapped.Record is { } role && (inactive || others.Contains(record)) && !swept.Contains(record))
            {
                // Not a stakeholder (e.g. a Sales Team role), or deactivated: no opportunity role in Marketo, and one left from before goes.
                removals.Add((record, new CycleRecord(record.Key, null), role.Key));
            }
            else if (inactive || others.Contains(record))
            {
                record.Settle(PushOutcome.Superseded(inactive ? Inactive : NotStakeholder));
            }
            else if (mapped.Record is { } stakeholder)
            {
                items.Add((record, stakeholder));
            }
            else
            {
                record.Settle(PushOutcome.MappingError(mapped.Error!.Reason));
            }
        }

        await pushes.SendAsync(MarketoObjectType.OpportunityRoles, [.. removals.Select(r => (r.Probe, r.Key))], marketo.OpportunityRoles.DeleteAsync, true, ct)
            .ConfigureAwait(false);
        foreach (var (record, probe, _) in removals)
        {
            var why = RecordStateReader.IsInactive(record.Row!) ? Inactive : NotStakeholder;
            record.Settle(probe.Outcome is { Kind: PushOutcomeKind.Succeeded } ? PushOutcome.Superseded(why) : probe.Outcome!);
        }

        await pushes.SendAsync(MarketoObjectType.OpportunityRoles, items, marketo.OpportunityRoles.SyncAsync, false, ct).ConfigureAwait(false);
    }
}
