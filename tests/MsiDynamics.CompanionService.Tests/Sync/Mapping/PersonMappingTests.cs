using MsiDynamics.CompanionService.Sync.Mapping;
using S = MsiDynamics.CompanionService.Tests.Sync.Mapping.MappingSamples;

namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>A Dynamics lead or contact as a Marketo person (architecture.md §1, row 3; marketo.md D3, §3.3, §3.4).</summary>
public sealed class PersonMappingTests
{
    [TestCase("lead")]
    [TestCase("contact")]
    public void A_new_person_without_an_e_mail_address_is_not_pushed_and_its_row_ends_superseded(string table)
    {
        var row = (table == "lead" ? S.Lead() : S.Contact()).Cleared("emailaddress1");

        var mapped = PersonMapping.Map(row.Build(), table, marketoId: null);

        Assert.That(mapped.Record, Is.Null);
        Assert.That(mapped.Error, Is.EqualTo(new MappingError("no e-mail address", EndsSuperseded: true)));
    }

    [Test]
    public void A_person_Marketo_knows_is_mapped_without_an_e_mail_address_to_be_sent_by_its_id()
    {
        var mapped = PersonMapping.Map(S.Contact().Cleared("emailaddress1").Build(), "contact", marketoId: 4711);

        Assert.That(mapped.Record!.IsKnown, Is.True);
        Assert.That(mapped.Record.ToJson()["id"]!.GetValue<long>(), Is.EqualTo(4711));
    }

    [Test]
    public void A_contact_refers_to_its_parent_account_and_owner_by_canonical_ids()
    {
        var person = PersonMapping.Map(S.Contact().Build(), "contact", null).Record!;

        Assert.That(person.ExternalPersonId.ToString(), Is.EqualTo(S.ContactId.ToString("D")));
        Assert.That(person.Fields!["externalCompanyId"]!.ToString(), Is.EqualTo(S.AccountId.ToString("D")));
        Assert.That(person.Fields["externalSalesPersonId"]!.ToString(), Is.EqualTo(S.UserId.ToString("D")));
        Assert.That(person.Email, Is.EqualTo("pat@fabrikam.example"));
        Assert.That(person.Fields["title"], Is.EqualTo("Head of Procurement"));
    }

    [Test]
    public void A_contact_whose_parent_customer_is_a_contact_has_no_company()
    {
        var row = S.Contact().Without("parentcustomerid").Lookup("parentcustomerid", "contact", Guid.NewGuid());

        Assert.That(PersonMapping.Map(row.Build(), "contact", null).Record!.Fields!["externalCompanyId"], Is.Null);
    }

    [Test]
    public void A_person_owned_by_a_team_has_no_sales_person()
    {
        var row = S.Lead().Without("ownerid").Lookup("ownerid", "team", Guid.NewGuid());

        Assert.That(PersonMapping.Map(row.Build(), "lead", null).Record!.Fields!["externalSalesPersonId"], Is.Null);
    }

    [Test]
    public void A_lead_linked_to_an_account_sends_no_company_name_and_an_unlinked_one_sends_its_own()
    {
        var linked = PersonMapping.Map(S.Lead().Build(), "lead", null).Record!.Fields!;
        var unlinked = PersonMapping.Map(S.Lead().Cleared("parentaccountid").Build(), "lead", null).Record!.Fields!;

        Assert.That(linked.ContainsKey("company"), Is.False, "Sync Leads refuses company fields of a linked lead (1021)");
        Assert.That(unlinked["company"], Is.EqualTo("Fabrikam"));
        Assert.That(unlinked["leadStatus"], Is.EqualTo("New"));
    }
}
