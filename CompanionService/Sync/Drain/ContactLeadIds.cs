using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// The Marketo lead id of each contact an opportunity role names (marketo.md §3.6 keys a role by <c>leadId</c>): the id
/// this cycle's push returned, else <c>msi_marketoleadid</c> read from Dynamics (one bulk read), else Marketo's answer
/// to a read by <c>externalPersonId</c> (300 a call, marketo.md D2). A contact none of them knows is not in Marketo.
/// </summary>
internal sealed class ContactLeadIds(RecordStateReader dynamics, MarketoClient marketo)
{
    /// <summary>
    /// The lead id of each of <paramref name="contacts"/> that Marketo has; the Marketo read's outcome, when it failed.
    /// <paramref name="resolved"/>: ids this cycle resolved already, which are not read again.
    /// </summary>
    public async Task<(Dictionary<RecordId, long> Ids, MarketoCallOutcome Outcome)> ResolveAsync(
        IReadOnlyCollection<RecordId> contacts, IReadOnlyDictionary<RecordKey, CycleRecord> cycle, CancellationToken ct,
        IReadOnlyDictionary<RecordId, long>? resolved = null)
    {
        var ids = new Dictionary<RecordId, long>();
        var unread = new List<RecordKey>();
        foreach (var contact in contacts.Distinct())
        {
            var key = new RecordKey(DataverseSchema.Contact.EntityName, contact);
            if (resolved?.TryGetValue(contact, out var earlier) == true)
            {
                ids[contact] = earlier;
            }
            else if (cycle.TryGetValue(key, out var record) && LeadId(record) is { } known)
            {
                ids[contact] = known;
            }
            else
            {
                unread.Add(key);
            }
        }

        if (unread.Count > 0)
        {
            var (rows, _) = await dynamics.ReadAsync(unread, ct).ConfigureAwait(false);
            foreach (var (key, row) in rows)
            {
                if (long.TryParse(row.GetString(DataverseSchema.MsiColumns.MarketoLeadId), out var id))
                {
                    ids[key.RecordId] = id;
                }
            }
        }

        var unknown = contacts.Distinct().Where(c => !ids.ContainsKey(c)).ToList();
        if (unknown.Count == 0)
        {
            return (ids, MarketoCallOutcome.Succeeded);
        }

        var page = await marketo.Leads.GetByExternalPersonIdsAsync(unknown, MarketoLeadFields.Identity, ct).ConfigureAwait(false);
        foreach (var lead in page.Items)
        {
            if (lead.PersonRecordId is { } contact)
            {
                ids[contact] = lead.Id;
            }
        }

        return (ids, page.Call);
    }

    /// <summary>The lead id a cycle record of a contact carries: its push's, or the one its row was read with.</summary>
    private static long? LeadId(CycleRecord record) =>
        record.Outcome is { Kind: PushOutcomeKind.Succeeded, MarketoId: { } pushed } && long.TryParse(pushed, out var id) ? id
        : long.TryParse(record.Row?.GetString(DataverseSchema.MsiColumns.MarketoLeadId), out var read) ? read
        : null;
}
