using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// <c>$apply</c> as Dataverse answers it (Microsoft Learn, "Aggregate data using OData"): a count per group, after an
/// optional filter, refused above the 50,000-row aggregate limit.
/// </summary>
public sealed class AggregateQueryTests
{
    [Test]
    public async Task Groupby_with_count_gives_one_row_per_group_with_its_number_of_rows()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        emulator.SeedLead("Ada", "Lovelace");
        emulator.SeedLead("Augusta", "Lovelace");
        emulator.SeedLead("George", "Byron");
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("leads?$apply=" + CrmRows.Encoded("groupby((lastname),aggregate($count as count))"));

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        var counts = answer.Value.ToDictionary(r => r!["lastname"]!.GetValue<string>(), r => r!["count"]!.GetValue<int>());
        Assert.That(counts, Is.EquivalentTo(new Dictionary<string, int> { ["Lovelace"] = 2, ["Byron"] = 1 }));
    }

    [Test]
    public async Task A_filter_step_counts_only_the_rows_it_keeps()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        emulator.SeedLead("Ada", "Lovelace");
        emulator.SeedLead("George", "Byron");
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("leads?$apply=" + CrmRows.Encoded("filter(lastname eq 'Byron')/aggregate($count as n)"));

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        Assert.That(answer.Value.Single()!["n"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task An_aggregate_over_more_rows_than_the_limit_is_refused_with_the_platform_code()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [], AggregateRecordLimit = 2 });
        emulator.SeedLead("Ada", "Lovelace");
        emulator.SeedLead("Augusta", "Lovelace");
        emulator.SeedLead("George", "Byron");
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("leads?$apply=" + CrmRows.Encoded("aggregate($count as count)"));

        Assert.That(answer.Status, Is.EqualTo(400), answer.Body);
        Assert.That(answer.ErrorCode, Is.EqualTo("0x8004e023"));
        Assert.That(answer.ErrorMessage, Does.Contain("AggregateQueryRecordLimit"));
    }

    [TestCase("groupby((lastname))")]
    [TestCase("groupby((lastname),aggregate(revenue with sum as total))")]
    public async Task Another_form_of_apply_is_refused_naming_it(string apply)
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        emulator.SeedLead("Ada", "Lovelace");
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("leads?$apply=" + CrmRows.Encoded(apply));

        Assert.That(answer.Status, Is.EqualTo(400), answer.Body);
        Assert.That(answer.ErrorMessage, Does.Contain("'$apply'"));
    }
}
