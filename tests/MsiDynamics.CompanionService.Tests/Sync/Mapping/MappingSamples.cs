namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>
/// Rows of every synced table holding every synced column and a few columns no mapping reads (<c>Extra</c>), so that
/// what a mapping reads shows in its output.
/// </summary>
internal static class MappingSamples
{
    public static readonly Guid UserId = Guid.Parse("0D2C1C8A-6A53-4B8E-9F5B-2E0C3A1B7D11");
    public static readonly Guid AccountId = Guid.Parse("{5B8B5E3C-1F5A-4C2E-8C11-7A0E6C4D9F22}");
    public static readonly Guid ContactId = Guid.Parse("8f1e2d3c-4b5a-4968-8776-a5b4c3d2e133");

    public static SampleRow User() => new SampleRow()
        .Set("systemuserid", "1A2B3C4D-0000-4000-8000-00000000A001")
        .Set("firstname", "Sam").Set("lastname", "Seller").Set("internalemailaddress", "sam@contoso.example")
        .Set("isdisabled", false).Extra();

    public static SampleRow Account() => new SampleRow()
        .Set("accountid", AccountId.ToString("B").ToUpperInvariant())
        .Set("name", "Contoso").Set("accountnumber", "AC-1").Set("websiteurl", "https://contoso.example")
        .Set("telephone1", "+1 555 0100").Set("address1_line1", "1 Main St").Set("address1_city", "Springfield")
        .Set("address1_stateorprovince", "IL").Set("address1_postalcode", "62701").Set("address1_country", "US")
        .Set("numberofemployees", 120).Set("revenue", 1604.47m).Choice("industrycode", 7, "Consulting")
        .Lookup("parentaccountid", "account", Guid.NewGuid()).Lookup("ownerid", "systemuser", UserId).Choice("statecode", 0, "Active")
        .Extra();

    public static SampleRow Lead() => Person(new SampleRow().Set("leadid", Guid.NewGuid().ToString("D")))
        .Set("companyname", "Fabrikam").Lookup("parentaccountid", "account", AccountId)
        .Choice("statuscode", 1, "New").Extra();

    public static SampleRow Contact() => Person(new SampleRow().Set("contactid", ContactId.ToString("D")))
        .Lookup("parentcustomerid", "account", AccountId).Extra();

    public static SampleRow Opportunity() => new SampleRow()
        .Set("opportunityid", Guid.NewGuid().ToString("D"))
        .Set("name", "500 chairs").Set("description", "Chairs for the new office").Set("estimatedvalue", 25000.5m)
        .Set("estimatedclosedate", "2026-12-24").Set("actualclosedate", "2026-11-30").Set("closeprobability", 80)
        .Set("stepname", "3-Propose").Lookup("parentaccountid", "account", AccountId)
        .Lookup("customerid", "account", Guid.NewGuid()).Lookup("ownerid", "systemuser", UserId)
        .Choice("statecode", 1, "Won").Choice("statuscode", 3, "Won").Extra();

    public static SampleRow Connection(Guid opportunityId) => new SampleRow()
        .Set("connectionid", Guid.NewGuid().ToString("D"))
        .Lookup("record1id", "opportunity", opportunityId).Lookup("record1roleid", "connectionrole", Guid.NewGuid(), "Stakeholder")
        .Lookup("record2id", "contact", ContactId).Lookup("record2roleid", "connectionrole", Guid.NewGuid(), "Decision Maker")
        .Choice("statecode", 0, "Active").Extra();

    private static SampleRow Person(SampleRow row) => row
        .Set("firstname", "Pat").Set("lastname", "Buyer").Set("emailaddress1", "pat@fabrikam.example")
        .Set("jobtitle", "Head of Procurement").Set("telephone1", "+1 555 0101").Set("mobilephone", "+1 555 0102")
        .Set("address1_city", "Chicago").Set("address1_stateorprovince", "IL").Set("address1_postalcode", "60601")
        .Set("address1_country", "US").Lookup("ownerid", "systemuser", UserId).Choice("statecode", 0, "Active");

    private static SampleRow Extra(this SampleRow row) => row
        .Set("Extra_fax", "+1 555 0199").Set("Extra_note", "not synced").Lookup("createdby", "systemuser", Guid.NewGuid());
}
