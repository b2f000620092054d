using System.Text.RegularExpressions;
using System.Web;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Records;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Records;

/// <summary>Decision 7: many-id reads with Microsoft.Dynamics.CRM.In, as few requests as the URL limits allow; long reads inside $batch.</summary>
public sealed class CurrentRecordReaderTests
{
    private static readonly string[] Select = ["leadid", "firstname", "lastname", "emailaddress1", "_ownerid_value"];

    [Test]
    public async Task Ids_that_fit_one_url_are_read_with_one_GET_using_In_on_the_primary_key()
    {
        var ids = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToList();
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Rows(["""{"leadid":"00000000-0000-4000-8000-000000000001"}"""]));

        var pages = await ReadAll(h, ids);

        var request = h.Stub.All.Single();
        Assert.That(request.Method, Is.EqualTo("GET"));
        Assert.That(request.Query["$filter"], Is.EqualTo("Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)"));
        Assert.That(request.Query["@p1"], Is.EqualTo("'leadid'"));
        Assert.That(request.Query["@p2"], Is.EqualTo("[" + string.Join(",", ids.Select(i => $"\"{i:D}\"")) + "]"));
        Assert.That(request.Uri.AbsoluteUri.Length, Is.LessThanOrEqualTo(32_000));
        Assert.That(pages.Single().Rows, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Ids_beyond_one_url_go_as_GETs_inside_one_batch_each_under_the_batch_url_limit()
    {
        var ids = Enumerable.Range(0, 5000).Select(_ => Guid.NewGuid()).ToList();
        await using var h = DataverseClientHarness.Create(r =>
        {
            var answer = new BatchAnswer();
            foreach (Match get in Regex.Matches(r.Body, "^GET (\\S+) HTTP/1.1", RegexOptions.Multiline))
            {
                var count = Regex.Matches(HttpUtility.UrlDecode(get.Groups[1].Value), "\"[0-9a-f-]{36}\"").Count;
                answer.Part(200, """{"value":[""" + string.Join(",", Enumerable.Repeat("""{"leadid":"x"}""", count)) + "]}");
            }

            return StubDataverseResponse.Batch(answer.Build());
        });

        var pages = await ReadAll(h, ids);

        var batch = h.Stub.All.Single();
        var urls = Regex.Matches(batch.Body, "^GET (\\S+) HTTP/1.1", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.That(batch.IsBatch, Is.True);
        Assert.That(urls, Has.Count.EqualTo(4));
        Assert.That(urls, Has.All.Length.LessThanOrEqualTo(64_000));
        Assert.That(urls.Take(3), Has.All.Length.GreaterThan(60_000), "each GET is filled close to the limit");
        Assert.That(pages.Sum(p => p.Rows.Count), Is.EqualTo(5000));
        Assert.That(batch.Body, Does.Contain("Prefer: odata.maxpagesize=5000"));
    }

    [TestCase(32_000)]
    [TestCase(8_000)]
    public async Task The_ids_per_url_fill_the_limit_without_passing_it(int limit)
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Rows([]));
        var reader = h.Get<CurrentRecordReader>();

        var fits = reader.IdsPerUrl(DataverseTable.Lead, Select, false, limit);
        var ids = Enumerable.Range(0, fits + 1).Select(_ => Guid.NewGuid()).ToList();
        string Url(int n) => new Uri(new Uri(DataverseClientHarness.WebApi),
            new DataverseQuery("leads").Select(Select).Where(ODataFilter.In("leadid", ids.Take(n).Select(i => i.ToString("D")))).ToPath()).AbsoluteUri;

        Assert.That(Url(fits).Length, Is.LessThanOrEqualTo(limit));
        Assert.That(Url(fits + 1).Length, Is.GreaterThan(limit));
    }

    private static async Task<List<DataversePage>> ReadAll(DataverseClientHarness h, IEnumerable<Guid> ids)
    {
        var pages = new List<DataversePage>();
        await foreach (var page in h.Get<CurrentRecordReader>().ReadAsync(DataverseTable.Lead, ids, Select))
        {
            pages.Add(page);
        }

        return pages;
    }
}
