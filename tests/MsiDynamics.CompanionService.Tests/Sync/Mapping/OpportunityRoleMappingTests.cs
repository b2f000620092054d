using MsiDynamics.CompanionService.Marketo.OpportunityRoles;
using MsiDynamics.CompanionService.Sync.Mapping;
using MsiDynamics.Schema;
using S = MsiDynamics.CompanionService.Tests.Sync.Mapping.MappingSamples;

namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>A connection between an opportunity and a contact as a Marketo opportunity role (marketo.md §3.6, D7).</summary>
public sealed class OpportunityRoleMappingTests
{
    private static readonly Guid Opportunity = Guid.Parse("{C0FFEE00-1234-4321-ABCD-00000000BEEF}");

    [Test]
    public void The_role_is_keyed_by_the_opportunity_the_contacts_Marketo_lead_and_the_contacts_side_of_the_connection()
    {
        var role = OpportunityRoleMapping.Map(S.Connection(Opportunity).Build(), 42).Record!;

        Assert.That(role.Key, Is.EqualTo(new MarketoOpportunityRoleKey(RecordId.From(Opportunity, "id"), 42, "Decision Maker")));
        Assert.That(role.ToJson()["externalOpportunityId"]!.GetValue<string>(), Is.EqualTo("c0ffee00-1234-4321-abcd-00000000beef"));
    }

    [Test]
    public void A_connection_from_the_contact_to_the_opportunity_takes_the_role_of_the_contacts_side()
    {
        var row = new SampleRow()
            .Lookup("record1id", "contact", S.ContactId).Lookup("record1roleid", "connectionrole", Guid.NewGuid(), "Champion")
            .Lookup("record2id", "opportunity", Opportunity).Lookup("record2roleid", "connectionrole", Guid.NewGuid(), "Stakeholder");

        Assert.That(OpportunityRoleMapping.Map(row.Build(), 42).Record!.Key.Role, Is.EqualTo("Champion"));
    }

    [Test]
    public void A_connection_without_a_role_for_its_contact_is_a_mapping_error()
    {
        var row = S.Connection(Opportunity).Cleared("record2roleid");

        Assert.That(OpportunityRoleMapping.Map(row.Build(), 42).Error!.Reason, Does.Contain("record2roleid"));
    }

    [Test]
    public void A_contact_Marketo_does_not_know_yet_gives_no_role()
    {
        var mapped = OpportunityRoleMapping.Map(S.Connection(Opportunity).Build(), contactLeadId: null);

        Assert.That(mapped.Record, Is.Null);
        Assert.That(mapped.Error!.Reason, Does.Contain("not in Marketo yet"));
    }

    [Test]
    public void A_connection_that_does_not_join_an_opportunity_and_a_contact_is_a_mapping_error()
    {
        var row = S.Connection(Opportunity).Without("record1id").Lookup("record1id", "account", Guid.NewGuid());

        Assert.That(OpportunityRoleMapping.Map(row.Build(), 42).Error, Is.Not.Null);
    }
}
