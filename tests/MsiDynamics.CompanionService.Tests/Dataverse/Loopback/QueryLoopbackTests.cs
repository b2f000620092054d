using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.OData;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>Collection reads over loopback (dataverse.md §6): query options, paging along nextLink, escaped values.</summary>
public sealed class QueryLoopbackTests
{
    [Test]
    public async Task A_query_with_select_filter_orderby_and_top_returns_exactly_the_matching_rows_in_order()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        foreach (var (name, employees) in new[] { ("Delta", 40), ("Alpha", 10), ("Charlie", 30), ("Bravo", 20), ("Echo", 50) })
        {
            dv.Organization.SeedRow("account", ("name", name), ("numberofemployees", employees), ("telephone1", "555"));
        }

        var query = new DataverseQuery("accounts")
            .Select("name", "numberofemployees")
            .Where(ODataFilter.And(ODataFilter.Ge("numberofemployees", 20), ODataFilter.Ne("name", "Echo")))
            .OrderBy("numberofemployees", descending: true)
            .Take(2);
        var (rows, outcome) = await dv.Worker.Client.Queries.ListAsync(query, "test.query");

        Assert.That(outcome.IsSuccess, Is.True, outcome.ToString());
        Assert.That(rows.Select(r => (r.GetString("name"), r.GetInt("numberofemployees"))), Is.EqualTo(new[] { ("Delta", 40), ("Charlie", 30) }));
        Assert.That(rows.Select(r => r.Has("telephone1")), Has.All.False, "only the selected columns come back");
        Assert.That(rows.Select(r => r.GetGuid("accountid")), Has.All.Not.Null);
        Assert.That(rows.Select(r => r.ETag), Has.All.Match("^W/\"[0-9]+\"$"));
    }

    [Test]
    public async Task Five_pages_stream_every_row_exactly_once_in_five_GETs()
    {
        const int PageSize = 40;
        await using var dv = await LoopbackDataverse.StartAsync(client: new Dictionary<string, string?> { ["Dataverse:MaxPageSize"] = $"{PageSize}" });
        var names = Enumerable.Range(1, 5 * PageSize).Select(i => $"O'Brien & \"Sons\" #{i:D3} +x").ToList();
        var seeded = names.Select(dv.Organization.SeedAccount).ToHashSet();
        dv.Organization.SeedAccount("Decoy");
        dv.Traffic.Reset();

        // The filter's escaped values and aliases must survive the emulator's nextLink on every page.
        var query = new DataverseQuery("accounts").Select("name").OrderBy("name")
            .Where(ODataFilter.And(ODataFilter.Ne("name", "Decoy"), ODataFilter.In("name", ["Decoy", .. names])));
        var pages = new List<int>();
        var seen = new List<Guid>();
        await foreach (var page in dv.Worker.Client.Queries.PagesAsync(query, "test.pages"))
        {
            Assert.That(page.Outcome.IsSuccess, Is.True, page.Outcome.ToString());
            pages.Add(page.Rows.Count);
            seen.AddRange(page.Rows.Select(r => r.GetGuid("accountid")!.Value));
        }

        Assert.That(pages, Is.EqualTo(Enumerable.Repeat(PageSize, 5)));
        Assert.That(seen, Is.Unique);
        Assert.That(seen, Is.EquivalentTo(seeded));
        Assert.That((dv.Traffic.TotalRequests, dv.Traffic.RequestsOfKind("RetrieveMultiple")), Is.EqualTo((5, 5)));
    }

    [TestCase("O'Brien & \"Sons\" #1 +x")]
    [TestCase("50% off; a=b?c/d\\e")]
    [TestCase("Zoë's ''double'' quote, (and) [brackets] @p1")]
    public async Task A_name_with_quotes_and_URL_characters_round_trips_and_is_found_by_eq_and_by_In(string name)
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        dv.Organization.SeedAccount("O'Brien");
        dv.Organization.SeedAccount(name + " (other)");
        var created = await dv.Worker.Client.Records.CreateAsync("accounts", new JsonObject { ["name"] = name });

        var byEq = await dv.Worker.Client.Queries.ListAsync(
            new DataverseQuery("accounts").Select("name").Where(ODataFilter.Eq("name", name)), "test.eq");
        var byIn = await dv.Worker.Client.Queries.ListAsync(
            new DataverseQuery("accounts").Select("name").Where(ODataFilter.In("name", [name, "nobody"])), "test.in");

        Assert.That(dv.Organization.Row("account", created.Id!.Value)["name"], Is.EqualTo(name));
        Assert.That((byEq.Outcome.IsSuccess, byIn.Outcome.IsSuccess), Is.EqualTo((true, true)), $"{byEq.Outcome} / {byIn.Outcome}");
        Assert.That(byEq.Rows.Select(r => (r.GetGuid("accountid"), r.GetString("name"))), Is.EqualTo(new[] { (created.Id, name) }));
        Assert.That(byIn.Rows.Select(r => (r.GetGuid("accountid"), r.GetString("name"))), Is.EqualTo(new[] { (created.Id, name) }));
    }

    [Test]
    public async Task A_lookup_bound_on_create_reads_back_as_its_value_property_with_its_formatted_name_and_filters_by_id()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var account = dv.Organization.SeedAccount("Contoso");
        var created = await dv.Worker.Client.Records.CreateAsync(
            "contacts", new JsonObject { ["lastname"] = "Hopper", ["parentcustomerid_account@odata.bind"] = $"accounts({account:D})" });

        var query = new DataverseQuery("contacts").Select("lastname", "_parentcustomerid_value", "statecode")
            .Where(ODataFilter.Eq("_parentcustomerid_value", account)).WithFormattedValues();
        var (rows, outcome) = await dv.Worker.Client.Queries.ListAsync(query, "test.lookup");

        Assert.That(outcome.IsSuccess, Is.True, outcome.ToString());
        var row = rows.Single();
        Assert.That((row.GetGuid("contactid"), row.GetLookup("parentcustomerid")), Is.EqualTo((created.Id, (Guid?)account)));
        Assert.That(row.GetFormattedValue("_parentcustomerid_value"), Is.EqualTo("Contoso"));
        Assert.That((row.GetChoice("statecode"), row.GetFormattedValue("statecode")), Is.EqualTo(((int?)0, "Active")));
    }

    [Test]
    public async Task A_client_that_names_the_emulator_localhost_gets_its_links_on_localhost_and_pages_to_the_end()
    {
        await using var dv = await LoopbackDataverse.StartAsync();
        var seeded = Enumerable.Range(0, 7).Select(i => dv.Organization.SeedAccount($"Account {i}")).ToList();
        var localhost = dv.AddWorker("localhost-worker", new Dictionary<string, string?> { ["Dataverse:MaxPageSize"] = "3" },
            new Uri($"http://localhost:{dv.Emulator.BaseUrl.Port}/"));

        var pages = new List<DataversePage>();
        await foreach (var page in localhost.Client.Queries.PagesAsync(new DataverseQuery("accounts").Select("name"), "test.localhost"))
        {
            pages.Add(page);
        }

        Assert.That(pages.Select(p => p.Outcome.IsSuccess), Has.All.True, string.Join(" / ", pages));
        Assert.That(pages.SelectMany(p => p.Rows).Select(r => r.GetGuid("accountid")!.Value), Is.EqualTo(seeded));
        Assert.That(pages.Select(p => p.NextLink).OfType<string>().ToList(), Has.Count.EqualTo(2).And.All.StartsWith($"http://localhost:{dv.Emulator.BaseUrl.Port}/api/data/v9.2/"));
    }
}
