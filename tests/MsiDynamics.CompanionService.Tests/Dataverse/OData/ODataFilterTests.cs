using System.Web;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Dataverse.OData;

/// <summary>Decision 7 and dataverse.md §6: values escaped, a quote or an ampersand in a name cannot change the query.</summary>
public sealed class ODataFilterTests
{
    [TestCase("O'Brian", "lastname eq 'O''Brian'")]
    [TestCase("'; drop", "lastname eq '''; drop'")]
    [TestCase("Smith & Sons", "lastname eq 'Smith & Sons'")]
    [TestCase("#1 + co", "lastname eq '#1 + co'")]
    [TestCase("100% Zoë", "lastname eq '100% Zoë'")]
    public void A_name_reaches_the_server_as_one_escaped_literal(string name, string expectedFilter)
    {
        var path = new DataverseQuery("contacts").Select("contactid").Where(ODataFilter.Eq("lastname", name)).ToPath();

        var query = HttpUtility.ParseQueryString(new Uri(new Uri("https://x.crm.dynamics.com/api/data/v9.2/"), path).Query);

        Assert.That(query["$filter"], Is.EqualTo(expectedFilter), "what a server decodes");
        Assert.That(query.AllKeys, Is.EquivalentTo(new[] { "$select", "$filter" }), "no value leaked into another option");
        Assert.That(path, Does.Not.Contain("&S").And.Not.Contain("#").And.Not.Contain("+"));
    }

    [Test]
    public void In_uses_parameter_aliases_with_the_values_as_a_json_array_of_strings()
    {
        var path = new DataverseQuery("contacts").Where(ODataFilter.In("lastname", ["a", "O'Brian", "x&y=z"])).ToPath();

        var query = HttpUtility.ParseQueryString(path[path.IndexOf('?')..]);

        Assert.That(query["$filter"], Is.EqualTo("Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)"));
        Assert.That(query["@p1"], Is.EqualTo("'lastname'"));
        Assert.That(query["@p2"], Is.EqualTo("""["a","O'Brian","x&y=z"]"""));
    }

    [Test]
    public void Aliases_of_several_In_filters_are_numbered_in_order()
    {
        var filter = ODataFilter.And(ODataFilter.In("a", ["1"]), ODataFilter.In("b", ["2"]));

        Assert.That(filter.ToString(), Is.EqualTo(
            "(Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)) and (Microsoft.Dynamics.CRM.In(PropertyName=@p3,PropertyValues=@p4))"
            + " @p1='a' @p2=[\"1\"] @p3='b' @p4=[\"2\"]"));
    }

    [Test]
    public void Dates_choices_and_guids_are_written_bare_in_their_OData_forms()
    {
        var at = new DateTimeOffset(2026, 1, 15, 13, 0, 0, TimeSpan.FromHours(1));
        var filter = ODataFilter.And(
            ODataFilter.Eq("msi_status", QueueStatus.RetryScheduled),
            ODataFilter.Le("msi_nextattempton", at),
            ODataFilter.Eq("leadid", Guid.Parse("3F2504E0-4F89-11D3-9A0C-0305E82C3301")),
            ODataFilter.Eq("isdisabled", false),
            ODataFilter.Ne("emailaddress1", null));

        Assert.That(filter.ToString(), Is.EqualTo(
            "(msi_status eq 4) and (msi_nextattempton le 2026-01-15T12:00:00Z) and (leadid eq 3f2504e0-4f89-11d3-9a0c-0305e82c3301)"
            + " and (isdisabled eq false) and (emailaddress1 ne null)"));
    }

    [TestCase("name eq 'x' or 1 eq 1")]
    [TestCase("name)")]
    [TestCase("")]
    public void A_column_name_that_is_not_a_logical_name_is_refused(string column)
    {
        Assert.Throws<ArgumentException>(() => ODataFilter.Eq(column, "x"));
        Assert.Throws<ArgumentException>(() => new DataverseQuery("contacts").Select(column));
    }

    [Test]
    public void A_startswith_text_is_one_escaped_literal_and_SQL_wildcards_in_it_are_refused()
    {
        Assert.That(ODataFilter.StartsWith("name", "O'Brian & Sons").ToString(), Is.EqualTo("startswith(name,'O''Brian & Sons')"));
        Assert.Throws<ArgumentException>(() => ODataFilter.StartsWith("name", "100% sure"));
        Assert.Throws<ArgumentException>(() => ODataFilter.StartsWith("name", "msi_"));
    }

    [Test]
    public void Order_top_and_select_compose_one_query_string()
    {
        var path = new DataverseQuery("msi_syncqueueitems").Select("msi_lane", "createdon").OrderBy("msi_lane").OrderBy("createdon").Take(10).ToPath();

        Assert.That(Uri.UnescapeDataString(path), Is.EqualTo("msi_syncqueueitems?$select=msi_lane,createdon&$orderby=msi_lane asc,createdon asc&$top=10"));
    }
}
