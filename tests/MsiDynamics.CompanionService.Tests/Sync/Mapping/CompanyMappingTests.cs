using MsiDynamics.CompanionService.Sync.Mapping;
using S = MsiDynamics.CompanionService.Tests.Sync.Mapping.MappingSamples;

namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>A Dynamics account as a Marketo company (architecture.md §1, row 2).</summary>
public sealed class CompanyMappingTests
{
    [Test]
    public void An_account_owned_by_a_user_refers_to_that_users_sales_person_by_canonical_ids()
    {
        var company = CompanyMapping.Map(S.Account().Build()).Record!;

        Assert.That(company.ExternalCompanyId.ToString(), Is.EqualTo(S.AccountId.ToString("D")));
        Assert.That(company.ToJson()["externalCompanyId"]!.GetValue<string>(), Is.EqualTo("5b8b5e3c-1f5a-4c2e-8c11-7a0e6c4d9f22"));
        Assert.That(company.ToJson()["externalSalesPersonId"]!.GetValue<string>(), Is.EqualTo(S.UserId.ToString("D")));
    }

    [Test]
    public void An_account_owned_by_a_team_is_still_a_company_but_without_a_sales_person()
    {
        var mapped = CompanyMapping.Map(S.Account().Without("ownerid").Lookup("ownerid", "team", Guid.NewGuid()).Build());

        Assert.That(mapped.Record!.ExternalSalesPersonId, Is.Null);
        Assert.That(mapped.Record.Company, Is.EqualTo("Contoso"));
    }

    [Test]
    public void The_accounts_columns_fill_the_companys_standard_fields_and_a_choice_is_sent_by_its_label()
    {
        var fields = CompanyMapping.Map(S.Account().Build()).Record!.Fields!;

        Assert.That(fields["website"], Is.EqualTo("https://contoso.example"));
        Assert.That(fields["billingCity"], Is.EqualTo("Springfield"));
        Assert.That(fields["numberOfEmployees"], Is.EqualTo(120));
        Assert.That(fields["annualRevenue"], Is.EqualTo(1604.47m));
        Assert.That(fields["industry"], Is.EqualTo("Consulting"));
    }
}
