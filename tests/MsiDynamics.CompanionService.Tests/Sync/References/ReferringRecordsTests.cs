using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.References;
using static MsiDynamics.CompanionService.Tests.Sync.References.StubDynamicsRows;

namespace MsiDynamics.CompanionService.Tests.Sync.References;

/// <summary>architecture.md §3.9: a mapped record's external ids name the Dynamics records it needs in Marketo first.</summary>
public sealed class ReferringRecordsTests
{
    private static readonly RecordKey Owner = Key("systemuser", 1);
    private static readonly RecordKey Account = Key("account", 10);

    [Test]
    public void A_person_refers_to_its_company_and_its_owner_as_mapped()
    {
        var person = new MarketoLead(Key("contact", 20).RecordId, null, "ann@example.com",
            new Dictionary<string, object?> { ["externalCompanyId"] = Account.RecordId, ["externalSalesPersonId"] = Owner.RecordId });

        var record = ReferringRecords.Person("contact", person);

        Assert.That(record.Record, Is.EqualTo(Key("contact", 20)));
        Assert.That(record.References, Is.EqualTo(new[] { Account, Owner }));
    }

    [Test]
    public void A_person_refers_to_its_company_once_fitted_to_text_too()
    {
        var person = new MarketoLead(Key("lead", 20).RecordId, null, "ann@example.com",
            new Dictionary<string, object?> { ["externalCompanyId"] = JsonValue.Create(Account.RecordId.ToString()) });

        Assert.That(ReferringRecords.Person("lead", person).References, Is.EqualTo(new[] { Account }));
    }

    [Test]
    public void A_company_owned_by_a_team_refers_to_no_sales_person()
    {
        var company = new MarketoCompany(Account.RecordId, "Contoso");

        Assert.That(ReferringRecords.Company(company).References, Is.Empty);
    }

    [Test]
    public void An_opportunity_refers_to_its_account_and_its_owner()
    {
        var opportunity = new MarketoOpportunity(Key("opportunity", 30).RecordId, "Deal", Account.RecordId, Owner.RecordId);

        Assert.That(ReferringRecords.Opportunity(opportunity).References, Is.EqualTo(new[] { Account, Owner }));
    }

    [Test]
    public void A_role_refers_to_its_opportunity_and_its_contact()
    {
        var record = ReferringRecords.Role(Key("connection", 40).RecordId, Key("opportunity", 30).RecordId, Key("contact", 20).RecordId);

        Assert.That(record.References, Is.EqualTo(new[] { Key("opportunity", 30), Key("contact", 20) }));
    }
}
