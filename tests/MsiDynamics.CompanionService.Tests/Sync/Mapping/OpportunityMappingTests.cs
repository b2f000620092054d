using MsiDynamics.CompanionService.Sync.Mapping;
using S = MsiDynamics.CompanionService.Tests.Sync.Mapping.MappingSamples;

namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>A Dynamics opportunity as a Marketo opportunity (architecture.md §1, row 4; marketo.md §3.5).</summary>
public sealed class OpportunityMappingTests
{
    [Test]
    public void A_won_opportunity_is_closed_and_won_with_its_actual_close_date()
    {
        var opportunity = OpportunityMapping.Map(S.Opportunity().Build()).Record!;

        Assert.That(opportunity.Fields!["isClosed"], Is.True);
        Assert.That(opportunity.Fields["isWon"], Is.True);
        Assert.That(opportunity.Fields["closeDate"], Is.EqualTo("2026-11-30"));
        Assert.That(opportunity.Fields["amount"], Is.EqualTo(25000.5m));
        Assert.That(opportunity.Fields["stage"], Is.EqualTo("3-Propose"));
        Assert.That(opportunity.ExternalCompanyId.ToString(), Is.EqualTo(S.AccountId.ToString("D")));
        Assert.That(opportunity.ExternalSalesPersonId.ToString(), Is.EqualTo(S.UserId.ToString("D")));
    }

    [Test]
    public void A_lost_opportunity_is_closed_not_won_and_an_open_one_neither_with_its_estimated_close_date()
    {
        var lost = OpportunityMapping.Map(S.Opportunity().Choice("statecode", 2, "Lost").Build()).Record!;
        var open = OpportunityMapping.Map(S.Opportunity().Choice("statecode", 0, "Open").Build()).Record!;

        Assert.That((lost.Fields!["isClosed"], lost.Fields["isWon"]), Is.EqualTo((true, false)));
        Assert.That((open.Fields!["isClosed"], open.Fields["isWon"], open.Fields["closeDate"]), Is.EqualTo((false, false, "2026-12-24")));
    }

    [Test]
    public void Without_a_parent_account_the_company_is_the_customer_when_that_is_an_account()
    {
        var customer = Guid.NewGuid();
        var byAccount = OpportunityMapping.Map(S.Opportunity().Cleared("parentaccountid").Without("customerid").Lookup("customerid", "account", customer).Build());
        var byContact = OpportunityMapping.Map(S.Opportunity().Cleared("parentaccountid").Without("customerid").Lookup("customerid", "contact", customer).Build());

        Assert.That(byAccount.Record!.ExternalCompanyId.ToString(), Is.EqualTo(customer.ToString("D")));
        Assert.That(byContact.Record!.ExternalCompanyId, Is.Null, "a contact as potential customer is no company (marketo.md §7)");
    }

    [Test]
    public void An_opportunity_owned_by_a_team_has_no_sales_person()
    {
        var mapped = OpportunityMapping.Map(S.Opportunity().Without("ownerid").Lookup("ownerid", "team", Guid.NewGuid()).Build());

        Assert.That(mapped.Record!.ExternalSalesPersonId, Is.Null);
    }

    [Test]
    public void An_opportunity_without_a_name_is_a_mapping_error_since_Marketo_requires_one()
    {
        var mapped = OpportunityMapping.Map(S.Opportunity().Cleared("name").Build());

        Assert.That(mapped.Record, Is.Null);
        Assert.That(mapped.Error!.Reason, Does.Contain("name"));
    }
}
