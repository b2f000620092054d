using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse;

/// <summary>dataverse.md §6: Prefer odata.maxpagesize, @odata.nextLink until absent, the standard headers on every request.</summary>
public sealed class QueryPagingTests
{
    [Test]
    public async Task Paging_follows_nextLink_across_five_pages_and_stops_when_it_is_absent()
    {
        await using var h = DataverseClientHarness.Create(r =>
        {
            var page = int.Parse(r.Query["$skiptoken"] ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            var rows = Enumerable.Range(0, 3).Select(i => $$"""{"contactid":"{{Guid.NewGuid()}}","n":{{page * 3 + i}}}""");
            return StubDataverseResponse.Rows(rows, page < 4 ? $"{DataverseClientHarness.WebApi}contacts?$select=contactid&$skiptoken={page + 1}" : null);
        });

        var pages = new List<DataversePage>();
        await foreach (var page in h.Client.Queries.PagesAsync(new DataverseQuery("contacts").Select("contactid").WithPageSize(3), "test"))
        {
            pages.Add(page);
        }

        Assert.That(pages, Has.Count.EqualTo(5));
        Assert.That(pages.SelectMany(p => p.Rows).Select(r => r.GetInt("n")), Is.EqualTo(Enumerable.Range(0, 15).Cast<int?>()));
        Assert.That(h.Stub.All, Has.Count.EqualTo(5));
        Assert.That(h.Stub.All.Select(r => r.Header("Prefer")), Has.All.EqualTo("odata.maxpagesize=3"));
    }

    [Test]
    public async Task Every_request_carries_the_bearer_token_and_the_OData_headers()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Rows([]));

        await h.Client.Queries.ListAsync(new DataverseQuery("leads").Select("leadid"), "test");

        var request = h.Stub.All.Single();
        Assert.That(request.Header("Authorization"), Is.EqualTo("Bearer " + CountingTokenSource.Prefix + "1"));
        Assert.That(request.Header("Accept"), Is.EqualTo("application/json"));
        Assert.That(request.Header("OData-MaxVersion"), Is.EqualTo("4.0"));
        Assert.That(request.Header("OData-Version"), Is.EqualTo("4.0"));
        Assert.That(request.Header("If-None-Match"), Is.EqualTo("null"));
        Assert.That(request.Uri.GetLeftPart(UriPartial.Path), Is.EqualTo(DataverseClientHarness.WebApi + "leads"));
    }

    [Test]
    public async Task Formatted_values_are_asked_for_with_the_include_annotations_preference()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Rows([]));

        await h.Client.Queries.ListAsync(new DataverseQuery("leads").Select("statuscode").WithFormattedValues(), "test");

        Assert.That(h.Stub.All.Single().Header("Prefer"),
            Is.EqualTo("odata.maxpagesize=5000,odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\""));
    }

    [Test]
    public async Task A_failed_page_ends_the_stream_with_its_outcome_instead_of_looking_like_no_rows()
    {
        await using var h = DataverseClientHarness.Create(r => r.Query["$skiptoken"] is null
            ? StubDataverseResponse.Rows(["""{"n":1}"""], DataverseClientHarness.WebApi + "leads?$skiptoken=1")
            : StubDataverseResponse.Error(System.Net.HttpStatusCode.Forbidden, "0x80040220", "Principal user is missing prvReadLead privilege"));

        var (rows, outcome) = await h.Client.Queries.ListAsync(new DataverseQuery("leads"), "test");

        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.AccessDenied));
        Assert.That(outcome.Error!.Code, Is.EqualTo("0x80040220"));
        Assert.That(outcome.Error.Message, Does.Contain("prvReadLead"));
    }

    [Test]
    public async Task A_nextLink_to_another_host_is_not_followed_and_never_receives_the_token()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Rows([], "https://evil.example.com/api/data/v9.2/leads?$skiptoken=1"));

        var (_, outcome) = await h.Client.Queries.ListAsync(new DataverseQuery("leads"), "test");

        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.Rejected));
        Assert.That(h.Stub.All.Select(r => r.Uri.Host), Has.All.EqualTo("contoso.crm.dynamics.com"));
    }
}
