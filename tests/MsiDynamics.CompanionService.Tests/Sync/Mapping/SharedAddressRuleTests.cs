using MsiDynamics.CompanionService.Sync.Mapping;
using S = MsiDynamics.CompanionService.Tests.Sync.Mapping.MappingSamples;

namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>A lead and a contact sharing an address: the contact wins (marketo.md D4).</summary>
public sealed class SharedAddressRuleTests
{
    [Test]
    public void A_lead_whose_address_a_contact_has_in_any_case_is_not_pushed_and_ends_superseded_with_that_reason()
    {
        var contact = PersonMapping.Map(S.Contact().Set("emailaddress1", "PAT@Fabrikam.example ").Build(), "contact", null);
        var lead = PersonMapping.Map(S.Lead().Build(), "lead", null);

        var ruled = SharedAddressRule.ForLead(lead, SharedAddressRule.Addresses([contact.Record!.Email]));

        Assert.That(ruled.Record, Is.Null);
        Assert.That(ruled.Error, Is.EqualTo(new MappingError(SharedAddressRule.Reason, EndsSuperseded: true)));
    }

    [Test]
    public void A_lead_with_an_address_no_contact_has_is_pushed_unchanged()
    {
        var lead = PersonMapping.Map(S.Lead().Build(), "lead", null);

        Assert.That(SharedAddressRule.ForLead(lead, SharedAddressRule.Addresses(["someone@else.example", null, " "])), Is.SameAs(lead));
    }
}
