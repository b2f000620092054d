using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// Reads the queue's indexed status serves return exactly what a scan returns, page by page (architecture.md §7):
/// each query runs twice, as asked and with a branch no row matches and no index serves, which makes it scan.
/// </summary>
public sealed class QueryIndexTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    // The queue's statuses (architecture.md §4); 2 is retired.
    private static readonly int[] Statuses = [1, 3, 4, 5, 6];

    // The drain's due read (architecture.md §3.8): Pending, or RetryScheduled whose next attempt has come.
    private const string Due = "(msi_status eq 1) or ((msi_status eq 4) and (msi_nextattempton le 2025-03-14T09:30:00Z))";

    private const string Scanned = " or (msi_status eq null and msi_status ne null)";

    [Test]
    public async Task The_due_rows_read_pages_the_same_rows_in_drain_order_while_rows_change_between_pages()
    {
        await using var emulator = await Queue();
        using var client = new WebApiClient(emulator);
        var changes = 0;

        var pages = await PageBothWays(client, Due, "&$orderby=msi_lane asc,createdon asc", 4, async page =>
        {
            // The page's first row leaves the filter, a later row joins it, and a new due row is created.
            var left = page[0];
            await client.PatchAsync($"msi_syncqueueitems({left})", """{"msi_status":3}""");
            var joined = emulator.QueueRows().First(r => r.GetAttributeValue<OptionSetValue>("msi_status")?.Value == 5);
            await client.PatchAsync($"msi_syncqueueitems({joined.Id})", """{"msi_status":1}""");
            await client.PostAsync("msi_syncqueueitems", $$"""{"msi_name":"new {{++changes}}","msi_status":1,"msi_lane":{{1 + (changes % 2)}}}""");
        });

        Assert.That(pages, Is.GreaterThan(5));
    }

    [Test]
    public async Task A_paged_read_of_statuses_without_orderby_returns_the_same_rows_in_key_order()
    {
        await using var emulator = await Queue();
        using var client = new WebApiClient(emulator);
        var filter = "Microsoft.Dynamics.CRM.In(PropertyName='msi_status',PropertyValues=['1','4'])";

        var pages = await PageBothWays(client, filter, string.Empty, 5, async page =>
            await client.DeleteAsync($"msi_syncqueueitems({page[^1]})"));

        Assert.That(pages, Is.GreaterThan(3));
    }

    [Test]
    public async Task The_due_reads_top_rows_are_the_same_through_the_index()
    {
        await using var emulator = await Queue();
        using var client = new WebApiClient(emulator);
        const string Options = "$select=msi_name&$orderby=msi_lane asc,createdon asc&$top=6";

        var indexed = await client.GetAsync($"msi_syncqueueitems?{Options}&$filter={CrmRows.Encoded(Due)}");
        var scanned = await client.GetAsync($"msi_syncqueueitems?{Options}&$filter={CrmRows.Encoded(Due + Scanned)}");

        Assert.That(Ids(indexed), Has.Count.EqualTo(6).And.EqualTo(Ids(scanned)));
    }

    // Reads every page of the filter twice in step (indexed, scanned), changing rows after each page; returns the page count.
    private static async Task<int> PageBothWays(WebApiClient client, string filter, string options, int pageSize, Func<List<string>, Task> change)
    {
        var prefer = ("Prefer", $"odata.maxpagesize={pageSize}");
        string? indexed = $"msi_syncqueueitems?$select=msi_name&$filter={CrmRows.Encoded(filter)}{options}";
        string? scanned = $"msi_syncqueueitems?$select=msi_name&$filter={CrmRows.Encoded(filter + Scanned)}{options}";
        var pages = 0;
        while (indexed is not null)
        {
            var (fast, slow) = (await client.GetAsync(indexed, prefer), await client.GetAsync(scanned!, prefer));
            Assert.That(fast.Status, Is.EqualTo(200), fast.Body);
            Assert.That(Ids(fast), Is.EqualTo(Ids(slow)), $"page {++pages}");
            indexed = fast.Json["@odata.nextLink"]?.GetValue<string>();
            scanned = slow.Json["@odata.nextLink"]?.GetValue<string>();
            Assert.That(indexed is null, Is.EqualTo(scanned is null), "both have a next page, or neither");
            if (indexed is not null)
            {
                await change(Ids(fast));
            }
        }

        return pages;
    }

    private static List<string> Ids(WebApiAnswer page) => [.. page.Value.Select(r => r!["msi_syncqueueitemid"]!.GetValue<string>())];

    // 60 rows of every status and both lanes, three created at each instant (ties on createdon), some due, some not.

    private static async Task<DataverseEmulator> Queue()
    {
        var time = new FakeTimeProvider(Now.AddHours(-1));
        var emulator = await DataverseEmulator.StartAsync(new() { TimeProvider = time });
        for (var i = 0; i < 60; i++)
        {
            emulator.Seed("msi_syncqueueitem",
                ("msi_name", $"row {i}"),
                ("msi_status", new OptionSetValue(Statuses[i % 5])),
                ("msi_lane", new OptionSetValue(1 + (i / 7 % 2))),
                ("msi_nextattempton", i % 6 == 0 ? null : Now.UtcDateTime.AddMinutes(i % 4 == 0 ? 5 : -5)));
            if (i % 3 == 2)
            {
                time.Advance(TimeSpan.FromSeconds(1));
            }
        }

        return emulator;
    }
}
