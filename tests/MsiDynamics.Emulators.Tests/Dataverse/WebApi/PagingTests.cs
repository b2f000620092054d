using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>Prefer: odata.maxpagesize, Preference-Applied and @odata.nextLink (dataverse.md §6; page-results).</summary>
public sealed class PagingTests
{
    [Test]
    public async Task Five_pages_are_read_by_following_nextLink_until_it_is_absent()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var ids = Enumerable.Range(1, 23).Select(i => emulator.SeedLead($"Lead {i:00}", "Paged")).ToList();

        var pages = new List<WebApiAnswer>();
        var next = "leads?$select=firstname&$filter=" + CrmRows.Encoded("lastname eq 'Paged'");
        while (next is not null)
        {
            var page = await client.GetAsync(next, ("Prefer", "odata.maxpagesize=5"));
            Assert.That(page.Status, Is.EqualTo(200), page.Body);
            pages.Add(page);
            next = page.Json["@odata.nextLink"]?.GetValue<string>();
        }

        Assert.That(pages.Select(p => p.Value.Count), Is.EqualTo(new[] { 5, 5, 5, 5, 3 }));
        Assert.That(pages.Select(p => p.Header("Preference-Applied")), Is.All.EqualTo("odata.maxpagesize=5"));
        var read = pages.SelectMany(p => p.Value).Select(r => Guid.Parse(r!["leadid"]!.GetValue<string>()));
        Assert.That(read, Is.EqualTo(ids), "every row once, in creation order");
    }

    [Test]
    public async Task The_nextLink_is_absolute_keeps_the_query_and_carries_a_skiptoken_cookie()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        for (var i = 0; i < 3; i++)
        {
            emulator.SeedLead($"Lead {i}", "Paged");
        }

        var page = await client.GetAsync("leads?$select=firstname&$orderby=firstname desc", ("Prefer", "odata.maxpagesize=2"));

        var link = page.Json["@odata.nextLink"]!.GetValue<string>();
        Assert.That(link, Does.StartWith($"{emulator.WebApiUrl}leads?"));
        Assert.That(Uri.UnescapeDataString(link), Does.Contain("$select=firstname").And.Contain("$orderby=firstname desc").And.Contain("$skiptoken=<cookie pagenumber=\"2\""));
        var second = await client.GetAsync(link, ("Prefer", "odata.maxpagesize=2"));
        Assert.That(second.Value.Select(r => r!["firstname"]!.GetValue<string>()), Is.EqualTo(new[] { "Lead 0" }));
    }

    [Test]
    public async Task Rows_that_leave_the_filter_between_pages_do_not_hide_the_rows_after_them()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var ids = Enumerable.Range(1, 6).Select(i => emulator.Seed("msi_syncqueueitem", ("msi_name", $"row {i}"), ("msi_status", new OptionSetValue(1)))).ToList();
        var first = await client.GetAsync("msi_syncqueueitems?$select=msi_name&$filter=msi_status eq 1", ("Prefer", "odata.maxpagesize=3"));

        foreach (var row in first.Value)
        {
            var leased = await client.PatchAsync($"msi_syncqueueitems({row!["msi_syncqueueitemid"]})", """{"msi_status":2}""", ("If-Match", "*"));
            Assert.That(leased.Status, Is.EqualTo(204), leased.Body);
        }

        var second = await client.GetAsync(first.Json["@odata.nextLink"]!.GetValue<string>(), ("Prefer", "odata.maxpagesize=3"));
        Assert.That(second.Value.Select(r => Guid.Parse(r!["msi_syncqueueitemid"]!.GetValue<string>())), Is.EqualTo(ids.Skip(3)));
    }

    [Test]
    public async Task Parameter_aliases_are_kept_in_the_nextLink()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);
        var ids = Enumerable.Range(0, 5).Select(i => emulator.SeedLead($"Lead {i}", "O'Brian & Sons")).ToList();
        emulator.SeedLead("Other", "Someone");

        var first = await client.GetAsync("leads?$select=firstname&$filter=" + CrmRows.Encoded("Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)")
            + "&@p1=" + CrmRows.Encoded("'lastname'") + "&@p2=" + CrmRows.Encoded("[\"O'Brian & Sons\"]"), ("Prefer", "odata.maxpagesize=3"));
        var second = await client.GetAsync(first.Json["@odata.nextLink"]!.GetValue<string>(), ("Prefer", "odata.maxpagesize=3"));

        Assert.That(first.Value.Concat(second.Value).Select(r => Guid.Parse(r!["leadid"]!.GetValue<string>())), Is.EqualTo(ids));
        Assert.That(second.Json.ContainsKey("@odata.nextLink"), Is.False);
    }

    [Test]
    public async Task Without_a_preference_a_page_holds_the_maximum_and_a_larger_preference_is_ignored()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly], MaxPageSize = 4 });
        using var client = new WebApiClient(emulator);
        for (var i = 0; i < 6; i++)
        {
            emulator.SeedLead($"Lead {i}", "Paged");
        }

        var plain = await client.GetAsync("leads?$select=firstname");
        var tooLarge = await client.GetAsync("leads?$select=firstname", ("Prefer", "odata.maxpagesize=10"));

        Assert.That((plain.Value.Count, plain.Header("Preference-Applied")), Is.EqualTo((4, (string?)null)));
        Assert.That(plain.Json.ContainsKey("@odata.nextLink"), Is.True);
        Assert.That((tooLarge.Value.Count, tooLarge.Header("Preference-Applied")), Is.EqualTo((4, (string?)null)));
    }

    [Test]
    public async Task A_skiptoken_of_another_query_is_refused()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("leads?$skiptoken=" + CrmRows.Encoded("<cookie pagenumber=\"2\" />"));

        Assert.That(answer.Status, Is.EqualTo(400));
    }
}
