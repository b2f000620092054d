using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>Where the Marketo record standing for a CRM row is found: by the external id the worker gave it.</summary>
internal static class CorpusMarketo
{
    public static Func<MarketoStore, MarketoRecord?> Person(Guid id) =>
        store => store.Leads.SingleOrDefault(l => l.ExternalPersonId == CorpusIds.Canonical(id));

    public static Func<MarketoStore, MarketoRecord?> Company(Guid id) =>
        store => store.Companies.SingleOrDefault(c => c.ExternalCompanyId == CorpusIds.Canonical(id));

    public static Func<MarketoStore, MarketoRecord?> SalesPerson(Guid id) =>
        store => store.SalesPersons.SingleOrDefault(s => s.ExternalSalesPersonId == CorpusIds.Canonical(id));

    public static Func<MarketoStore, MarketoRecord?> Opportunity(Guid id) =>
        store => store.Opportunities.SingleOrDefault(o => o.ExternalOpportunityId == CorpusIds.Canonical(id));

    /// <summary>The opportunity role joining <paramref name="opportunity"/> and the person of <paramref name="contact"/>.</summary>
    public static Func<MarketoStore, MarketoRecord?> Role(Guid opportunity, Guid contact) =>
        store => store.Leads.SingleOrDefault(l => l.ExternalPersonId == CorpusIds.Canonical(contact)) is { } person
            ? store.OpportunityRoles.SingleOrDefault(r => r.ExternalOpportunityId == CorpusIds.Canonical(opportunity) && r.LeadId == person.Id)
            : null;

    /// <summary>Field → value pairs as a case states what Marketo holds.</summary>
    public static IReadOnlyDictionary<string, string?> Fields(params (string Field, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal);
}
