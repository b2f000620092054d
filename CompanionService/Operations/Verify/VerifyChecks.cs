using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Marketo.Queries;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.Schema;
using K = MsiDynamics.CompanionService.Operations.Verify.VerifyFindingKind;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>
/// The checks, as functions of what the drain would send for a row (its mapped Marketo record) and what Marketo holds
/// (<see cref="MarketoHoldings"/>, read before): the object is there, each link names what Dynamics says and that
/// object is there too, and a sales person's e-mail is the user's (marketo.md §4.4 rules 3 and 4). A link the drain
/// does not send (a team owner, no account) is not checked: Marketo keeps whatever it had.
/// </summary>
internal static class VerifyChecks
{
    public static IEnumerable<VerifyFinding> SalesPerson(VerifySubject subject, MarketoSalesPerson expected, MarketoHoldings held)
    {
        if (held.SalesPerson(expected.ExternalSalesPersonId) is not { } person)
        {
            yield return subject.Finding(K.Missing, $"Marketo has no sales person with externalSalesPersonId {expected.ExternalSalesPersonId}.", VerifyAdvice.Missing("user"));
            yield break;
        }

        // MSI matches a sales person to its user by address (§4.4 rule 3); whether it ignores case is not documented,
        // and addresses are compared ignoring case here, as mail systems do.
        var email = person.GetString(MarketoSchema.Email)?.Trim();
        if (!string.Equals(email, expected.Email?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            yield return subject.Finding(K.EmailMismatch,
                $"The sales person's e-mail in Marketo is {Quoted(email)}; the Dynamics user's is {Quoted(expected.Email)}.", VerifyAdvice.EmailMismatch);
        }
    }

    public static IEnumerable<VerifyFinding> Company(VerifySubject subject, MarketoCompany expected, MarketoHoldings held)
    {
        if (held.Company(expected.ExternalCompanyId) is not { } company)
        {
            return [subject.Finding(K.Missing, $"Marketo has no company with externalCompanyId {expected.ExternalCompanyId}.", VerifyAdvice.Missing("account"))];
        }

        return SalesPersonLink(subject, "company", expected.ExternalSalesPersonId, company.GetString(MarketoSchema.ExternalSalesPersonId), held);
    }

    public static IEnumerable<VerifyFinding> Person(VerifySubject subject, RecordId? company, RecordId? salesPerson, MarketoHoldings held)
    {
        if (held.Person(subject.Id) is not { } person)
        {
            return [subject.Finding(K.Missing, $"Marketo has no person with externalPersonId {subject.Id}.", VerifyAdvice.Missing(subject.Table))];
        }

        return CompanyLink(subject, "person", company, person.GetString(MarketoSchema.ExternalCompanyId), held)
            .Concat(SalesPersonLink(subject, "person", salesPerson, person.GetString(MarketoSchema.ExternalSalesPersonId), held));
    }

    public static IEnumerable<VerifyFinding> Opportunity(VerifySubject subject, MarketoOpportunity expected, MarketoHoldings held)
    {
        if (held.Opportunity(expected.ExternalOpportunityId) is not { } opportunity)
        {
            return [subject.Finding(K.Missing, $"Marketo has no opportunity with externalOpportunityId {expected.ExternalOpportunityId}.", VerifyAdvice.Missing("opportunity"))];
        }

        return CompanyLink(subject, "opportunity", expected.ExternalCompanyId, opportunity.GetString(MarketoSchema.ExternalCompanyId), held)
            .Concat(SalesPersonLink(subject, "opportunity", expected.ExternalSalesPersonId, opportunity.GetString(MarketoSchema.ExternalSalesPersonId), held));
    }

    /// <summary>
    /// An opportunity role (marketo.md §3.6, keyed by opportunity, the contact's Marketo lead id and role name): its
    /// opportunity and its contact's person must be in Marketo, and a role of that name must name that person.
    /// <paramref name="othersLeads"/> are the persons of other contacts with the same role on the same opportunity.
    /// </summary>
    public static IEnumerable<VerifyFinding> Role(VerifySubject subject, VerifyRole role, IReadOnlySet<long> othersLeads, MarketoHoldings held)
    {
        var findings = new List<VerifyFinding>();
        if (held.Opportunity(role.Opportunity) is null)
        {
            findings.Add(subject.Finding(K.RoleOpportunityAbsent,
                $"Marketo has no opportunity {role.Opportunity}, so the role '{role.Role}' has none.", VerifyAdvice.RoleOpportunityAbsent));
        }

        if (held.Person(role.Contact) is not { } person)
        {
            findings.Add(subject.Finding(K.RoleLeadAbsent,
                $"Marketo has no person for contact {role.Contact}, so the role '{role.Role}' names no lead of it.", VerifyAdvice.RoleLeadAbsent));
            return findings;
        }

        var named = held.Roles(role.Opportunity).Where(r => string.Equals(r.GetString(MarketoSchema.Role)?.Trim(), role.Role, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.GetInteger(MarketoSchema.LeadId)).ToList();
        if (named.Contains(person.Id) || findings.Count > 0)
        {
            return findings;
        }

        var strangers = named.OfType<long>().Where(id => !othersLeads.Contains(id)).Distinct().Order().ToList();
        findings.Add(strangers.Count > 0
            ? subject.Finding(K.RoleLeadNotContact,
                $"Marketo's role '{role.Role}' on opportunity {role.Opportunity} names lead {string.Join(", ", strangers)}; the contact's person is lead {person.Id}.",
                VerifyAdvice.RoleLeadNotContact)
            : subject.Finding(K.Missing,
                $"Marketo has no role '{role.Role}' of lead {person.Id} on opportunity {role.Opportunity}.", VerifyAdvice.Missing("connection")));
        return findings;
    }

    private static IEnumerable<VerifyFinding> CompanyLink(VerifySubject subject, string what, RecordId? expected, string? linked, MarketoHoldings held)
    {
        if (expected is not { } company)
        {
            yield break;
        }

        if (!RecordId.TryParse(linked, out var id) || id != company)
        {
            yield return subject.Finding(K.CompanyMislinked,
                $"The {what}'s company in Marketo is {Quoted(linked)}; its account in Dynamics is {company}.", VerifyAdvice.CompanyMislinked(subject.Table));
        }
        else if (held.Company(company) is null)
        {
            yield return subject.Finding(K.CompanyAbsent,
                $"The {what} names company {company}, which Marketo does not hold.", VerifyAdvice.CompanyAbsent);
        }
    }

    private static IEnumerable<VerifyFinding> SalesPersonLink(VerifySubject subject, string what, RecordId? expected, string? linked, MarketoHoldings held)
    {
        if (expected is not { } owner)
        {
            yield break;
        }

        if (!RecordId.TryParse(linked, out var id) || id != owner)
        {
            yield return subject.Finding(K.SalesPersonMislinked,
                $"The {what}'s sales person in Marketo is {Quoted(linked)}; its owner in Dynamics is user {owner}.", VerifyAdvice.SalesPersonMislinked(subject.Table));
        }
        else if (held.SalesPerson(owner) is null)
        {
            yield return subject.Finding(K.SalesPersonAbsent,
                $"The {what} names sales person {owner}, which Marketo does not hold.", VerifyAdvice.SalesPersonAbsent);
        }
    }

    private static string Quoted(string? value) => string.IsNullOrWhiteSpace(value) ? "none" : $"'{value}'";
}
