using System.Text.Json.Nodes;
using MsiDynamics.Schema;
using static MsiDynamics.Sandbox.Tests.Corpus.CorpusMarketo;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>
/// Leads: one a contact already stands for, leads without or with a broken address, and unlinked leads whose company
/// name goes to Marketo's lead field <c>company</c>, which the corpus's instance no longer has (removed by an admin).
/// </summary>
internal static class LeadCases
{
    /// <summary>The lead field the corpus's Marketo instance lacks.</summary>
    public const string RemovedField = "company";

    /// <summary>marketo.md D4: the contact stands for the person, the lead is not pushed.</summary>
    private const string SharedAddress = "a contact has the same e-mail address; the contact stands for this person in Marketo";

    /// <summary>What the worker says of a value for a field the instance's describe no longer lists (marketo.md D10).</summary>
    private const string RemovedFieldReason = "companyname cannot be sent to Marketo field 'company': the Leads describe has no such field "
        + "(field removed from the Marketo instance?). Restore the field or change the mapping.";

    private static readonly string Base = CorpusIds.Canonical(CorpusBase.Account);

    public static IEnumerable<CorpusCase> All()
    {
        yield return Make("Healthy lead of an existing customer", "healthy", CorpusEnd.Pushed,
            id => CorpusRows.Lead(id, "Leo", "Lead", "leo.lead@corpus.example", CorpusBase.Account)) with
        {
            Holds = Fields(("email", "leo.lead@corpus.example"), ("externalCompanyId", Base)),
        };
        yield return Make("Lead sharing its address with a contact", "shared", CorpusEnd.Superseded,
            id => CorpusRows.Lead(id, "Sia", "Shared", "sia.shared@corpus.example", CorpusBase.Account)) with { Reason = SharedAddress };
        yield return Make("Lead sharing a contact's address in other letter case", "shared-case", CorpusEnd.Superseded,
            id => CorpusRows.Lead(id, "Sia", "Shared", "SIA.Shared@Corpus.Example", CorpusBase.Account)) with { Reason = SharedAddress };
        yield return Make("Lead without an e-mail address", "no-email", CorpusEnd.Superseded,
            id => CorpusRows.Lead(id, "Nat", "Blank", null, CorpusBase.Account)) with { Reason = "no e-mail address" };
        yield return Make("Lead with a broken e-mail address", "bad-email", CorpusEnd.DeadLettered,
            id => CorpusRows.Lead(id, "Bea", "Broken", "bea@@corpus", CorpusBase.Account)) with { Reason = "emailaddress1 value 'bea@@corpus' cannot be sent to Marketo field 'email' (email): " };
        yield return Make("Unlinked lead: its company field was removed from the Marketo instance", "removed-field", CorpusEnd.DeadLettered,
            id => CorpusRows.Lead(id, "Rue", "Removed", "rue.removed@corpus.example", null, "Globex")) with { Reason = RemovedFieldReason };
        yield return Make("Unlinked lead without a company name: nothing for the removed field", "removed-field-empty", CorpusEnd.Pushed,
            id => CorpusRows.Lead(id, "Una", "Unlinked", "una.unlinked@corpus.example", null)) with
        {
            Holds = Fields(("email", "una.unlinked@corpus.example"), ("externalCompanyId", null)),
        };
        yield return Make("Lead owned by the team", "team", CorpusEnd.Pushed,
            id => CorpusRows.Lead(id, "Tia", "Team", "tia.team@corpus.example", CorpusBase.Account, owner: Sandbox.Main.SeedUsers.KeyAccounts)) with
        {
            Holds = Fields(("email", "tia.team@corpus.example"), ("externalSalesPersonId", null)),
        };
        yield return Make("Lead in a status other than New", "qualified-status", CorpusEnd.Pushed,
            id => CorpusRows.Lead(id, "Cal", "Contacted", "cal.contacted@corpus.example", CorpusBase.Account).With(DataverseSchema.Common.StatusCode, 2)) with
        {
            Holds = Fields(("email", "cal.contacted@corpus.example"), ("leadStatus", "Contacted")),
        };
    }

    private static CorpusCase Make(string name, string key, CorpusEnd end, Func<Guid, JsonObject> body)
    {
        var id = CorpusIds.Of("lead:" + key);
        return new CorpusCase(name, DataverseSchema.Lead.EntityName, id, end,
            (writer, ct) => writer.CreateAsync(DataverseSchema.Lead.EntitySetName, body(id), ct)) { Find = Person(id) };
    }

    private static JsonObject With(this JsonObject body, string column, int value)
    {
        body[column] = value;
        return body;
    }
}
