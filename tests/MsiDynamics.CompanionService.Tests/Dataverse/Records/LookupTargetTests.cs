using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Records;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Records;

/// <summary>
/// dataverse.md §6: an owner is a user or a team, a customer an account or a contact; the client asks for each selected
/// lookup's table (<c>Microsoft.Dynamics.CRM.lookuplogicalname</c>) so the worker can tell them apart.
/// </summary>
public sealed class LookupTargetTests
{
    private const string Team = "00000000-0000-4000-8000-0000000000aa";
    private const string User = "00000000-0000-4000-8000-0000000000bb";
    private const string Account = "00000000-0000-4000-8000-0000000000cc";

    // Two contacts as Dataverse answers them with Prefer: odata.include-annotations (Web API "Lookup properties").
    private static readonly string[] Rows =
    [
        $$"""{"@odata.etag":"W/\"101\"","contactid":"00000000-0000-4000-8000-000000000001","_ownerid_value":"{{Team}}","_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname":"team","_parentcustomerid_value":"{{Account}}","_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname":"account"}""",
        $$"""{"@odata.etag":"W/\"102\"","contactid":"00000000-0000-4000-8000-000000000002","_ownerid_value":"{{User}}","_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname":"systemuser","_parentcustomerid_value":null}""",
    ];

    [Test]
    public async Task Reading_owners_and_customers_asks_for_their_tables_and_tells_a_team_owner_from_a_user_owner()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Rows(Rows));

        var rows = await ReadAsync(h, formattedValues: false);

        Assert.That(h.Stub.All.Single().Header("Prefer"),
            Is.EqualTo("odata.maxpagesize=5000,odata.include-annotations=\"Microsoft.Dynamics.CRM.lookuplogicalname\""));
        Assert.That(rows[0].GetLookupTarget("ownerid"), Is.EqualTo(new DataverseLookup(Guid.Parse(Team), "team")));
        Assert.That(rows[1].GetLookupTarget("ownerid")!.IsOf("systemuser"), Is.True);
        Assert.That(rows[0].GetLookupTarget("parentcustomerid")!.IsOf("account"), Is.True);
        Assert.That(rows[1].GetLookupTarget("parentcustomerid"), Is.Null, "an empty lookup points nowhere");
    }

    [Test]
    public async Task Formatted_values_and_lookup_tables_are_asked_for_in_one_include_annotations_list()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Rows(Rows));

        await ReadAsync(h, formattedValues: true);

        Assert.That(h.Stub.All.Single().Header("Prefer"), Is.EqualTo("odata.maxpagesize=5000,odata.include-annotations="
            + "\"OData.Community.Display.V1.FormattedValue,Microsoft.Dynamics.CRM.lookuplogicalname\""));
    }

    [Test]
    public void A_query_without_a_lookup_asks_for_no_lookup_tables()
    {
        var query = new DataverseQuery("contacts").Select("contactid", "lastname");

        Assert.That(query.Preferences(100), Is.EqualTo(new[] { "odata.maxpagesize=100" }));
    }

    private static async Task<List<DataverseRow>> ReadAsync(DataverseClientHarness h, bool formattedValues)
    {
        var rows = new List<DataverseRow>();
        await foreach (var page in h.Get<CurrentRecordReader>().ReadAsync(
            DataverseTable.Contact, [Guid.NewGuid()], ["contactid", "_ownerid_value", "_parentcustomerid_value"], formattedValues))
        {
            rows.AddRange(page.Rows);
        }

        return rows;
    }
}
