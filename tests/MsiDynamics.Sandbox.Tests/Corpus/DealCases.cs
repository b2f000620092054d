using System.Text.Json.Nodes;
using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;
using static MsiDynamics.Sandbox.Tests.Corpus.CorpusMarketo;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>Opportunities and their stakeholders: a 300-character topic, no customer, a deleted account, awkward people.</summary>
internal static class DealCases
{
    public static readonly Guid Deal = Id("healthy");
    private static readonly string LongTopic = string.Concat(Enumerable.Repeat("Enterprise renewal and expansion ", 10))[..300];

    public static IEnumerable<CorpusCase> All()
    {
        yield return Make("Healthy opportunity", "healthy", CorpusEnd.Pushed, id => CorpusRows.Opportunity(id, "Corpus renewal", CorpusBase.Account)) with
        {
            Holds = Fields(("name", "Corpus renewal"), ("externalCompanyId", CorpusIds.Canonical(CorpusBase.Account))),
        };
        yield return Make("Opportunity topic of 300 characters (Marketo's name holds 255)", "long-topic", CorpusEnd.Pushed,
            id => CorpusRows.Opportunity(id, LongTopic, CorpusBase.Account)) with { Holds = Fields(("name", LongTopic[..255])) };
        yield return Make("Opportunity without a customer", "no-customer", CorpusEnd.Pushed, id => CorpusRows.Opportunity(id, "Walk-in deal", null)) with
        {
            Holds = Fields(("name", "Walk-in deal"), ("externalCompanyId", null)),
        };
        yield return Make("Opportunity owned by the team", "team", CorpusEnd.Pushed,
            id => CorpusRows.Opportunity(id, "Key account deal", CorpusBase.Account, SeedUsers.KeyAccounts)) with
        {
            Holds = Fields(("name", "Key account deal"), ("externalSalesPersonId", null)),
        };
        yield return Make("Opportunity with the largest amount Dataverse holds", "huge-amount", CorpusEnd.Pushed,
            id => CorpusRows.Opportunity(id, "Moonshot", CorpusBase.Account).Money("estimatedvalue", 922_337_203_685_477m)) with
        {
            Holds = Fields(("amount", "922337203685477")),
        };

        yield return Stakeholder("Stakeholder role of a healthy contact", "healthy", ContactCases.Control, "champion", CorpusEnd.Pushed) with
        {
            Find = Role(Deal, ContactCases.Control), Holds = Fields(("role", "Champion")),
        };
        yield return Stakeholder("Stakeholder role of a contact without an e-mail address", "no-email", ContactCases.Id("no-email"), "influencer",
            CorpusEnd.DeadLettered) with { Find = Role(Deal, ContactCases.Id("no-email")), Reason = $"contact {ContactCases.Id("no-email"):D} it refers to cannot be pushed to Marketo: no e-mail address. Fix contact {ContactCases.Id("no-email"):D} first; the next change of connection {CorpusIds.Of("connection:no-email"):D} is sent again." };
        yield return Stakeholder("Stakeholder role of a contact whose address Marketo refuses", "bad-email", ContactCases.Id("no-at"), "decision-maker",
            CorpusEnd.DeadLettered) with { Find = Role(Deal, ContactCases.Id("no-at")), Reason = "cannot be pushed to Marketo: emailaddress1 value 'pat.corpus.example'" };
        yield return Stakeholder("Connection in a Sales role (not a stakeholder)", "sales-role", ContactCases.Id("apostrophe"), "technical-advisor",
            CorpusEnd.Superseded) with { Reason = "not in the Stakeholder category, so it is no opportunity role in Marketo" };
    }

    public static Guid Id(string key) => CorpusIds.Of("opportunity:" + key);

    private static CorpusCase Make(string name, string key, CorpusEnd end, Func<Guid, JsonObject> body)
    {
        var id = Id(key);
        return new CorpusCase(name, DataverseSchema.Opportunity.EntityName, id, end,
            (writer, ct) => writer.CreateAsync(DataverseSchema.Opportunity.EntitySetName, body(id), ct)) { Find = Opportunity(id) };
    }

    private static CorpusCase Stakeholder(string name, string key, Guid contact, string role, CorpusEnd end)
    {
        var id = CorpusIds.Of("connection:" + key);
        return new CorpusCase(name, DataverseSchema.Connection.EntityName, id, end,
            (writer, ct) => writer.CreateAsync(DataverseSchema.Connection.EntitySetName, CorpusRows.Stakeholder(id, Deal, contact, role), ct));
    }

    private static JsonObject Money(this JsonObject body, string column, decimal value)
    {
        body[column] = value;
        return body;
    }
}
