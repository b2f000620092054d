using MsiDynamics.CompanionService.Sync.Mapping;
using S = MsiDynamics.CompanionService.Tests.Sync.Mapping.MappingSamples;

namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>A Dynamics user as a Marketo sales person (architecture.md §1, row 1).</summary>
public sealed class SalesPersonMappingTests
{
    [Test]
    public void A_user_becomes_a_sales_person_keyed_by_its_canonical_id_with_its_primary_address()
    {
        var person = SalesPersonMapping.Map(S.User().Build()).Record!;

        Assert.That(person.ToJson().ToJsonString(), Is.EqualTo(
            """{"externalSalesPersonId":"1a2b3c4d-0000-4000-8000-00000000a001","email":"sam@contoso.example","firstName":"Sam","lastName":"Seller"}"""));
    }

    [Test]
    public void A_user_without_an_address_is_a_mapping_error_naming_the_column()
    {
        var mapped = SalesPersonMapping.Map(S.User().Cleared("internalemailaddress").Build());

        Assert.That(mapped.Record, Is.Null);
        Assert.That(mapped.Error!.Reason, Does.Contain("internalemailaddress").And.Contain("1a2b3c4d-0000-4000-8000-00000000a001"));
        Assert.That(mapped.Error.EndsSuperseded, Is.False);
    }
}
