using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.CompanionService.Tests.Marketo.Support;
using static MsiDynamics.CompanionService.Tests.Sync.Mapping.FieldTextFittingTests;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>
/// A value the drain cannot send is reported under the Dynamics column it was read from, where an admin corrects it,
/// beside the Marketo field it was meant for (marketo.md D10).
/// </summary>
public sealed class RecordFittingTests
{
    [Test]
    public void A_person_s_refused_address_names_emailaddress1_and_a_removed_field_names_companyname()
    {
        var leads = new MarketoObjectDescription(MarketoObjectType.Leads, null, ["email"], [], [Field("email", 255, "email")]);
        var lead = new MarketoLead(TestRecordIds.Of("p"), null, "ops@localhost", new Dictionary<string, object?> { ["company"] = "Globex" });

        var (record, fit) = RecordFitting.Person(leads, lead);

        Assert.That(record, Is.Null);
        Assert.That(fit.Errors, Has.Count.EqualTo(2));
        Assert.That(fit.Errors[0], Does.StartWith("emailaddress1 value 'ops@localhost' cannot be sent to Marketo field 'email' (email): "));
        Assert.That(fit.Errors[1], Does.StartWith("companyname cannot be sent to Marketo field 'company': the Leads describe has no such field"));
    }

    [Test]
    public void A_sales_person_s_company_s_and_opportunity_s_values_name_their_Dynamics_columns()
    {
        var salesPersons = new MarketoObjectDescription(MarketoObjectType.SalesPersons, null, [], [], [Field("email", 255, "email")]);
        var companies = new MarketoObjectDescription(MarketoObjectType.Companies, null, [], [], [Field("integer", null, "numberOfEmployees")]);
        var opportunities = new MarketoObjectDescription(MarketoObjectType.Opportunities, null, [], [], [Field("string", 255, "name")]);

        var person = RecordFitting.SalesPerson(salesPersons, new MarketoSalesPerson(TestRecordIds.Of("u"), "not an address")).Fit;
        var company = RecordFitting.Company(companies, new MarketoCompany(TestRecordIds.Of("a"), null, null,
            new Dictionary<string, object?> { ["numberOfEmployees"] = "many" })).Fit;
        var opportunity = RecordFitting.Opportunity(opportunities, new MarketoOpportunity(TestRecordIds.Of("o"), "Deal",
            Fields: new Dictionary<string, object?> { ["amount"] = 5m })).Fit;

        Assert.That(person.Errors[0], Does.StartWith("internalemailaddress value 'not an address'"));
        Assert.That(company.Errors.Single(e => e.Contains("numberOfEmployees", StringComparison.Ordinal)), Does.StartWith("numberofemployees value 'many'"));
        Assert.That(opportunity.Errors.Single(e => e.Contains("'amount'", StringComparison.Ordinal)), Does.StartWith("estimatedvalue cannot be sent"));
    }
}
