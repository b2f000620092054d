using System.Globalization;
using MsiDynamics.Emulators.Marketo;
using L = MsiDynamics.Sandbox.Main.MarketoLinks;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// What the Marketo emulator holds, in the shape <see cref="MarketoProjection"/> gives the expected state: each record
/// keyed by the external id it carries, a role's person by the external id of the lead its <c>leadId</c> names, and the
/// store's own scan for references that resolve to nothing.
/// </summary>
internal static class MarketoStoreState
{
    private static readonly string[] SalesPersonFields = ["email", "firstName", "lastName"];

    private static readonly string[] CompanyFields =
    [
        "company", "website", "mainPhone", "billingStreet", "billingCity", "billingState", "billingPostalCode", "billingCountry",
        "numberOfEmployees", "annualRevenue",
    ];

    private static readonly string[] PersonFields =
    [
        "email", "firstName", "lastName", "title", "phone", "mobilePhone", "city", "state", "postalCode", "country", "company", "leadStatus",
    ];

    private static readonly string[] OpportunityFields = ["name", "description", "amount", "probability", "stage", "isClosed", "isWon"];

    public static MarketoState Of(MarketoStore store)
    {
        var objects = new List<MarketoObject>();
        objects.AddRange(store.SalesPersons.Select(s => Object(MarketoObjectKind.SalesPerson, s.ExternalSalesPersonId, s.Email, s, SalesPersonFields)));
        objects.AddRange(store.Companies.Select(c => Object(MarketoObjectKind.Company, c.ExternalCompanyId, c.Name, c, CompanyFields,
            (L.SalesPerson, c.ExternalSalesPersonId))));
        var leads = store.Leads;
        objects.AddRange(leads.Select(l => Object(MarketoObjectKind.Person, PersonKey(l), Name(l), l, PersonFields,
            (L.Company, l.ExternalCompanyId), (L.SalesPerson, l.ExternalSalesPersonId))));
        objects.AddRange(store.Opportunities.Select(o => Object(MarketoObjectKind.Opportunity, o.ExternalOpportunityId, o.Name, o, OpportunityFields,
            (L.Company, o.ExternalCompanyId), (L.SalesPerson, o.ExternalSalesPersonId))));
        var personOf = leads.ToDictionary(l => l.Id, PersonKey);
        foreach (var role in store.OpportunityRoles)
        {
            var person = personOf.GetValueOrDefault(role.LeadId) ?? $"#{role.LeadId.ToString(CultureInfo.InvariantCulture)} (no such lead)";
            objects.Add(new MarketoObject(MarketoObjectKind.OpportunityRole, $"{role.ExternalOpportunityId}/{person}/{role.Role}", role.Role ?? "(no role)",
                new Dictionary<string, string?>(), new Dictionary<string, string?> { [L.Opportunity] = role.ExternalOpportunityId, [L.Person] = person }));
        }

        return new MarketoState(objects, dangling: [.. store.DanglingReferences.Select(d => d.ToString())]);
    }

    /// <summary>A lead's external person id; a lead without one (made in Marketo) by its Marketo id.</summary>
    private static string PersonKey(Lead lead) =>
        lead.ExternalPersonId ?? $"#{lead.Id.ToString(CultureInfo.InvariantCulture)} (no externalPersonId)";

    private static string? Name(Lead lead) =>
        string.Join(' ', new[] { lead["firstName"], lead["lastName"] }.Where(p => !string.IsNullOrEmpty(p))) is { Length: > 0 } name ? name : lead.Email;

    private static MarketoObject Object(
        MarketoObjectKind kind, string? key, string? label, MarketoRecord record, string[] fields, params (string Link, string? Target)[] links) =>
        new(kind, key ?? "(no external id)", label ?? "(unnamed)",
            fields.ToDictionary(f => f, f => Empty(record[f]), StringComparer.Ordinal),
            links.ToDictionary(l => l.Link, l => Empty(l.Target), StringComparer.Ordinal));

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
