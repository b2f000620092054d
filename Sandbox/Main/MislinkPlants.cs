using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Schema;
using C = MsiDynamics.Schema.DataverseSchema.Connection;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// Breaks one link of each kind <c>verify</c> looks for in a drained sandbox, through Marketo's REST API as real
/// instances get them (<see cref="MislinkPlanter"/>): a lead's company deleted, a company pointed at a sales person
/// Marketo does not hold (an import keyed by another id), a role's opportunity deleted, a role's person deleted, a
/// role moved to another person, and a sales person's e-mail changed by a Marketo admin. Targets are chosen from what
/// the organisation and Marketo hold, each on its own record. Returns what it planted, each with the finding
/// <c>verify --all</c> must report (<see cref="PlantedMislink.IsFoundIn"/>).
/// </summary>
internal static class MislinkPlants
{
    public static async Task<IReadOnlyList<PlantedMislink>> PlantAsync(InMemoryOrganization org, MarketoEmulator marketo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(marketo);
        var store = marketo.Store;
        var persons = store.Leads.Where(l => l.ExternalPersonId is not null).GroupBy(l => l.ExternalPersonId!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var companies = store.Companies.Select(c => c.ExternalCompanyId).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var roles = Roles(org, store, persons);
        if (roles.Count < 3)
        {
            throw new InvalidOperationException($"The sandbox holds {roles.Count} opportunity roles on distinct opportunities and contacts; planting needs 3.");
        }

        var (opportunityGone, personGone, moved) = (roles[0], roles[1], roles[2]);
        var movedTo = persons.Values.First(p => org.Find(DataverseSchema.Lead.EntityName, Guid.Parse(p.ExternalPersonId!)) is not null);
        var lead = org.Rows(DataverseSchema.Lead.EntityName).First(l =>
            CrmValues.Reference(l, "parentaccountid", DataverseSchema.Account.EntityName) is { } account && companies.Contains(account)
            && persons.ContainsKey(CrmValues.Key(l.Id)) && CrmValues.Key(l.Id) != movedTo.ExternalPersonId);
        var deletedCompany = CrmValues.Reference(lead, "parentaccountid", DataverseSchema.Account.EntityName)!;
        var relinked = org.Rows(DataverseSchema.Account.EntityName).First(a => CrmValues.Key(a.Id) != deletedCompany
            && companies.Contains(CrmValues.Key(a.Id)) && MarketoProjection.Owner(a) is not null);
        var user = org.Rows(DataverseSchema.SystemUser.EntityName).First(u => u.GetAttributeValue<object>("applicationid") is null
            && store.SalesPersons.Any(s => string.Equals(s.ExternalSalesPersonId, CrmValues.Key(u.Id), StringComparison.OrdinalIgnoreCase)));
        var absentSalesPerson = Guid.NewGuid();
        var email = "moved." + CrmValues.Text(user, "internalemailaddress");

        using var planter = new MislinkPlanter(marketo);
        await planter.DeleteOpportunityAsync(opportunityGone.Opportunity, cancellationToken);
        await planter.DeleteLeadAsync(personGone.LeadId, cancellationToken);
        await planter.MoveRoleAsync(moved.Opportunity, moved.LeadId, moved.Role, movedTo.Id, cancellationToken);
        await planter.DeleteCompanyAsync(deletedCompany, cancellationToken);
        await planter.RelinkCompanyAsync(CrmValues.Key(relinked.Id), CrmValues.Key(absentSalesPerson), cancellationToken);
        await planter.ChangeSalesPersonEmailAsync(CrmValues.Key(user.Id), email, cancellationToken);
        return
        [
            new(CompanionService.Operations.Verify.VerifyFindingKind.RoleOpportunityAbsent, C.EntityName, opportunityGone.Connection,
                $"Deleted opportunity {opportunityGone.Opportunity} in Marketo; its role '{opportunityGone.Role}' stays"),
            new(CompanionService.Operations.Verify.VerifyFindingKind.RoleLeadAbsent, C.EntityName, personGone.Connection,
                $"Deleted Marketo lead {personGone.LeadId}, the person of a contact with role '{personGone.Role}'"),
            new(CompanionService.Operations.Verify.VerifyFindingKind.RoleLeadNotContact, C.EntityName, moved.Connection,
                $"Moved role '{moved.Role}' on opportunity {moved.Opportunity} from lead {moved.LeadId} to lead {movedTo.Id}"),
            new(CompanionService.Operations.Verify.VerifyFindingKind.CompanyAbsent, DataverseSchema.Lead.EntityName, lead.Id,
                $"Deleted company {deletedCompany} in Marketo; its leads still name it"),
            new(CompanionService.Operations.Verify.VerifyFindingKind.SalesPersonMislinked, DataverseSchema.Account.EntityName, relinked.Id,
                $"Pointed company {CrmValues.Key(relinked.Id)} at sales person {CrmValues.Key(absentSalesPerson)}, which Marketo does not hold"),
            new(CompanionService.Operations.Verify.VerifyFindingKind.EmailMismatch, DataverseSchema.SystemUser.EntityName, user.Id,
                $"Changed the e-mail of sales person {CrmValues.Key(user.Id)} to {email} in Marketo"),
        ];
    }

    /// <summary>
    /// Marketo's roles whose connection is in the organisation, one per opportunity and per contact, so that planting on
    /// one leaves the others' findings apart.
    /// </summary>
    private static List<(string Opportunity, int LeadId, string Role, Guid Connection)> Roles(
        InMemoryOrganization org, MarketoStore store, Dictionary<string, Lead> persons)
    {
        var connections = new Dictionary<(string, string), Guid>();
        foreach (var connection in org.Rows(C.EntityName).Where(c => c.GetAttributeValue<object>(C.IsMaster) is not false))
        {
            var one = connection.GetAttributeValue<EntityReference>(C.Record1Id);
            var two = connection.GetAttributeValue<EntityReference>(C.Record2Id);
            var (opportunity, contact) = one?.LogicalName == DataverseSchema.Opportunity.EntityName ? (one, two) : (two, one);
            if (opportunity?.LogicalName == DataverseSchema.Opportunity.EntityName && contact?.LogicalName == DataverseSchema.Contact.EntityName)
            {
                connections.TryAdd((CrmValues.Key(opportunity.Id), CrmValues.Key(contact.Id)), connection.Id);
            }
        }

        var byLead = persons.Values.ToDictionary(p => p.Id, p => p.ExternalPersonId!);
        var chosen = new List<(string, int, string, Guid)>();
        var (opportunities, contacts) = (new HashSet<string>(StringComparer.OrdinalIgnoreCase), new HashSet<string>(StringComparer.OrdinalIgnoreCase));
        foreach (var role in store.OpportunityRoles)
        {
            if (role.ExternalOpportunityId is { } opportunity && role.Role is { } name && byLead.TryGetValue(role.LeadId, out var contact)
                && connections.TryGetValue((opportunity.ToLowerInvariant(), contact.ToLowerInvariant()), out var connection)
                && opportunities.Add(opportunity) && contacts.Add(contact))
            {
                chosen.Add((opportunity, role.LeadId, name, connection));
            }
        }

        return chosen;
    }
}
