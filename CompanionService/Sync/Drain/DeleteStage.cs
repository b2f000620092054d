using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.OpportunityRoles;
using MsiDynamics.CompanionService.Marketo.Queries;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// Deletes in Marketo what was deleted (or merged away) in Dynamics, under the table's policy (architecture.md §3.10):
/// after the cycle's upserts, so what referred to a deleted record has been moved first, and in the reverse of the
/// push order (opportunities, persons, companies); an opportunity's roles go before it. A record kept by the Keep policy
/// ends Superseded saying so.
/// </summary>
internal sealed class DeleteStage(CyclePushes pushes, MarketoClient marketo, DrainOptions options, FieldsQuery query)
{
    /// <summary>Whether <paramref name="record"/>'s table deletes in Marketo; settles it Superseded when it keeps.</summary>
    public bool Deletes(CycleRecord record, string why)
    {
        if (options.DeletesOf(record.Key.Entity) == DeletePolicy.Delete)
        {
            return true;
        }

        record.Settle(PushOutcome.Superseded($"{why}; the Marketo record is kept (Drain:Deletes:{record.Key.Entity} is Keep)"));
        return false;
    }

    /// <summary>Deletes <paramref name="records"/> (each of a table whose policy is Delete) in Marketo.</summary>
    public async Task RunAsync(IReadOnlyList<CycleRecord> records, CancellationToken ct)
    {
        var open = records.Where(r => r.IsOpen).ToList();
        var opportunities = Of(open, DataverseSchema.Opportunity.EntityName);
        if (opportunities.Count > 0 && await DeleteRolesAsync(opportunities, ct).ConfigureAwait(false) is { } failure)
        {
            foreach (var (record, _) in opportunities)
            {
                record.Settle(PushOutcome.Transient($"its opportunity roles could not be deleted from Marketo first: {failure}"));
            }

            opportunities = [];
        }

        await pushes.SendAsync(MarketoObjectType.Opportunities, opportunities, marketo.Opportunities.DeleteAsync, true, ct).ConfigureAwait(false);

        var persons = new List<(CycleRecord, long)>();
        foreach (var person in open.Where(r => r.Key.Entity is DataverseSchema.Lead.EntityName or DataverseSchema.Contact.EntityName))
        {
            if (LeadId(person) is { } id)
            {
                persons.Add((person, id));
            }
            else
            {
                person.Settle(PushOutcome.Superseded("Marketo never had this person: no Marketo lead id is known for it"));
            }
        }

        await pushes.SendAsync(MarketoObjectType.Leads, persons, marketo.Leads.DeleteAsync, true, ct).ConfigureAwait(false);
        await pushes.SendAsync(MarketoObjectType.Companies, Of(open, DataverseSchema.Account.EntityName),
            marketo.Companies.DeleteAsync, true, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes every Marketo role of <paramref name="opportunities"/> (<see cref="HeldRoles"/>), so no role is left naming
    /// an opportunity Marketo no longer has, whatever became of the connections that made them (removed while sync was
    /// off, say). Null when done, else why not.
    /// </summary>
    private async Task<string?> DeleteRolesAsync(List<(CycleRecord, RecordId)> opportunities, CancellationToken ct)
    {
        var (keys, call) = await HeldRoles.ReadAsync(query, opportunities.Select(o => o.Item2), ct).ConfigureAwait(false);
        if (!call.IsSuccess)
        {
            return call.ToString();
        }

        if (keys.Count == 0)
        {
            return null;
        }

        var deleted = await marketo.OpportunityRoles.DeleteAsync(keys, ct).ConfigureAwait(false);
        return deleted.Call.IsSuccess && deleted.SucceededCount == keys.Count ? null : deleted.ToString();
    }

    private static List<(CycleRecord, RecordId)> Of(IEnumerable<CycleRecord> records, string table) =>
        [.. records.Where(r => r.Key.Entity == table).Select(r => (r, r.Key.RecordId))];

    /// <summary>A merged row's lead id is on the row; a deleted one's in its queue row's payload (architecture.md §4).</summary>
    private static long? LeadId(CycleRecord record)
    {
        var text = record.Row?.GetString(DataverseSchema.MsiColumns.MarketoLeadId) ?? PayloadText.Read(record.Work?.Latest.Payload, "marketoLeadId");
        return long.TryParse(text, out var id) ? id : null;
    }
}
