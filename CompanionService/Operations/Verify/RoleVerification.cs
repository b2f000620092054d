using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.CompanionService.Sync.Mapping;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>
/// Checks connections: the active, Stakeholder-category roles (<see cref="RoleCategories"/>, dataverse.md §0.4) between an
/// opportunity and a contact the drain sends as a person, each role once; its name read by the role mapping
/// (<see cref="OpportunityRoleMapping"/>), the contact's Marketo lead id read from Marketo.
/// </summary>
internal sealed class RoleVerification(DataverseQueries queries, ExpectedRecords expected)
{
    public async Task<List<VerifyFinding>> CheckAsync(IReadOnlyList<DataverseRow> chunk, VerifyTally tally, MarketoHoldings held, CancellationToken ct)
    {
        var active = new List<CycleRecord>();
        foreach (var row in chunk.Where(r => !RecordStateReader.IsInactive(r)))
        {
            if (RecordId.TryParse(row.GetString(DataverseSchema.Connection.Id), out var id))
            {
                active.Add(new CycleRecord(new RecordKey(DataverseSchema.Connection.EntityName, id), null) { Row = row });
            }
        }

        var others = await new RoleCategories(queries).NotStakeholdersAsync(active, ct).ConfigureAwait(false);
        var roles = new Dictionary<(RecordId, RecordId, string), (CycleRecord Record, VerifyRole Role)>();
        foreach (var record in active.Where(r => !others.Contains(r)))
        {
            // The mapping reads the role's name; the lead id it needs is looked up in Marketo below, so any id does here.
            if (CycleMapping.Ends(record.Row!) is { } ends && OpportunityRoleMapping.Map(record.Row!, 0).Record is { } mapped)
            {
                var role = new VerifyRole(ends.Opportunity, ends.Contact, mapped.Key.Role);
                roles.TryAdd(role.Key, (record, role));
            }
        }

        var contacts = await expected.SentContactsAsync(roles.Values.Select(r => r.Role.Contact), ct).ConfigureAwait(false);
        var checkedRoles = roles.Values.Where(r => contacts.Contains(r.Role.Contact)).ToList();
        tally.Skipped += chunk.Count - checkedRoles.Count;
        await held.LoadPersonsAsync(checkedRoles.Select(r => r.Role.Contact), ct).ConfigureAwait(false);
        await held.LoadOpportunitiesAsync(checkedRoles.Select(r => (RecordId?)r.Role.Opportunity), ct).ConfigureAwait(false);
        await held.LoadRolesAsync(checkedRoles.Select(r => r.Role.Opportunity), ct).ConfigureAwait(false);
        var findings = new List<VerifyFinding>();
        foreach (var (record, role) in checkedRoles)
        {
            // Other contacts may hold a role of the same name on the same opportunity: their leads are no strangers.
            var othersLeads = checkedRoles.Where(o => o.Role.Opportunity == role.Opportunity && o.Role.Contact != role.Contact
                    && string.Equals(o.Role.Role, role.Role, StringComparison.OrdinalIgnoreCase))
                .Select(o => held.Person(o.Role.Contact)?.Id).OfType<long>().ToHashSet();
            var contactIsFirst = record.Row!.GetLookupTarget(DataverseSchema.Connection.Record1Id)?.IsOf(DataverseSchema.Contact.EntityName) == true;
            var subject = new VerifySubject(MarketoObjectType.OpportunityRoles, DataverseSchema.Connection.EntityName, record.Key.RecordId,
                CrmNames.OfRole(record.Row!, role.Role, contactIsFirst));
            var found = VerifyChecks.Role(subject, role, othersLeads, held).ToList();
            tally.Add(found);
            findings.AddRange(found);
        }

        return findings;
    }
}
