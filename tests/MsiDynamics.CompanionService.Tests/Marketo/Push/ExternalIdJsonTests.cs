using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Marketo.OpportunityRoles;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Marketo.Push;

/// <summary>
/// External ids are <see cref="RecordId"/>s up to Marketo's JSON, which holds their canonical text only
/// (architecture.md §1: lowercase, hyphenated, no braces), whatever text they were read from.
/// </summary>
public sealed class ExternalIdJsonTests
{
    private const string UserText = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private const string AccountText = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private const string OpportunityText = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private const string LeadText = "9b2f0d7e-52c1-4d2a-8f3e-1a6b5c4d3e2f";

    private static readonly RecordId User = RecordId.From("{" + UserText.ToUpperInvariant() + "}", "user");
    private static readonly RecordId Account = RecordId.From(AccountText.Replace("-", string.Empty, StringComparison.Ordinal), "account");
    private static readonly RecordId Opportunity = RecordId.From(Guid.Parse(OpportunityText), "opportunity");
    private static readonly RecordId Lead = RecordId.From(LeadText, "lead");

    [Test]
    public void Sales_persons_companies_and_opportunities_write_their_ids_as_canonical_text()
    {
        Assert.That(new MarketoSalesPerson(User, "ann@example.com").ToJson().ToJsonString(),
            Is.EqualTo($$"""{"externalSalesPersonId":"{{UserText}}","email":"ann@example.com"}"""));
        Assert.That(new MarketoCompany(Account, "Fabrikam", User).ToJson().ToJsonString(),
            Is.EqualTo($$"""{"externalCompanyId":"{{AccountText}}","company":"Fabrikam","externalSalesPersonId":"{{UserText}}"}"""));
        Assert.That(new MarketoCompany(Account, "Fabrikam").ToJson().ToJsonString(),
            Is.EqualTo($$"""{"externalCompanyId":"{{AccountText}}","company":"Fabrikam"}"""), "a team-owned account has no sales person");
        Assert.That(new MarketoOpportunity(Opportunity, "Renewal", Account, User).ToJson().ToJsonString(),
            Is.EqualTo($$"""{"externalOpportunityId":"{{OpportunityText}}","name":"Renewal","externalCompanyId":"{{AccountText}}","externalSalesPersonId":"{{UserText}}"}"""));
    }

    [Test]
    public void Deletes_and_role_keys_send_the_id_as_canonical_text()
    {
        Assert.That(MarketoSalesPerson.KeyJson(User).ToJsonString(), Is.EqualTo($$"""{"externalSalesPersonId":"{{UserText}}"}"""));
        Assert.That(MarketoCompany.KeyJson(Account).ToJsonString(), Is.EqualTo($$"""{"externalCompanyId":"{{AccountText}}"}"""));
        Assert.That(MarketoOpportunity.KeyJson(Opportunity).ToJsonString(), Is.EqualTo($$"""{"externalOpportunityId":"{{OpportunityText}}"}"""));
        Assert.That(new MarketoOpportunityRoleKey(Opportunity, 7, "Champion").ToJson().ToJsonString(),
            Is.EqualTo($$"""{"externalOpportunityId":"{{OpportunityText}}","leadId":7,"role":"Champion"}"""));
    }

    [Test]
    public void A_record_id_among_a_leads_other_fields_is_written_as_its_text_not_as_an_object()
    {
        var fields = new Dictionary<string, object?> { ["externalCompanyId"] = Account, ["externalSalesPersonId"] = User };

        var json = new MarketoLead(Lead, null, "bo@example.com", fields).ToJson().ToJsonString();

        Assert.That(json, Is.EqualTo(
            $$"""{"email":"bo@example.com","externalPersonId":"{{LeadText}}","externalCompanyId":"{{AccountText}}","externalSalesPersonId":"{{UserText}}"}"""));
    }

    [Test]
    public void A_role_key_is_the_same_key_whatever_the_case_of_its_texts()
    {
        var fromUpperCase = RecordId.From(OpportunityText.ToUpperInvariant(), "opportunity");

        Assert.That(new MarketoOpportunityRoleKey(fromUpperCase, 7, "CHAMPION").DedupeKey,
            Is.EqualTo(new MarketoOpportunityRoleKey(Opportunity, 7, "Champion").DedupeKey));
        Assert.That(new MarketoOpportunityRoleKey(Opportunity, 8, "Champion").DedupeKey,
            Is.Not.EqualTo(new MarketoOpportunityRoleKey(Opportunity, 7, "Champion").DedupeKey));
    }
}
