using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

public sealed class RolePayloadTests
{
    private const string Opportunity = "0b6d3f52-6f2a-4a55-9d0f-7c1f7a3b1e01";
    private const string Contact = "9d1e2c3b-4a5f-4e6d-8c7b-0a1b2c3d4e5f";

    [Test]
    public void The_role_a_connection_row_names_is_read_with_its_opportunity_and_contact()
    {
        var role = RolePayload.Read($$"""{"opportunityId":"{{Opportunity}}","contactId":"{{Contact}}","role":" Champion "}""");

        Assert.That(role, Is.EqualTo(new RolePayload(
            Schema.RecordId.From(Opportunity, "o"), Schema.RecordId.From(Contact, "c"), "Champion")));
    }

    [Test]
    public void The_previous_role_of_a_changed_connection_is_read_from_its_nested_object()
    {
        var previous = $$"""{"opportunityId":"{{Opportunity}}","contactId":"{{Contact}}","role":"Champion"}""";
        var payload = $$"""{"opportunityId":"{{Opportunity}}","contactId":"{{Contact}}","role":"Sponsor","previous":""" + previous + "}";

        Assert.Multiple(() =>
        {
            Assert.That(RolePayload.Read(payload, "previous")?.Role, Is.EqualTo("Champion"));
            Assert.That(RolePayload.Read(payload)?.Role, Is.EqualTo("Sponsor"));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not json")]
    [TestCase("[1,2]")]
    [TestCase("{\"opportunityId\":\"x\",\"contactId\":\"y\",\"role\":\"Champion\"}")]
    [TestCase("{\"opportunityId\":\"0b6d3f52-6f2a-4a55-9d0f-7c1f7a3b1e01\",\"contactId\":\"9d1e2c3b-4a5f-4e6d-8c7b-0a1b2c3d4e5f\"}")]
    public void A_payload_that_names_no_whole_role_reads_as_none(string? payload) =>
        Assert.That(RolePayload.Read(payload), Is.Null);

    [Test]
    public void A_payload_without_a_previous_role_has_none() =>
        Assert.That(RolePayload.Read($$"""{"opportunityId":"{{Opportunity}}","contactId":"{{Contact}}","role":"Sponsor"}""", "previous"), Is.Null);
}
