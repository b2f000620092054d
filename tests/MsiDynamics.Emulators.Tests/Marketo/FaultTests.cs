using System.Net;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>Seeded fault injection for the chaos tests (architecture.md §7).</summary>
public sealed class FaultTests
{
    [Test]
    public async Task The_same_seed_gives_the_same_faults_and_another_seed_other_ones()
    {
        var first = await CodesAsync(seed: 7);
        var again = await CodesAsync(seed: 7);
        var other = await CodesAsync(seed: 8);

        Assert.That(again, Is.EqualTo(first));
        Assert.That(other, Is.Not.EqualTo(first));
        Assert.That(first.Count(c => c is not null), Is.InRange(5, 25), "about a third of 40 calls should fail");
    }

    [Test]
    public async Task An_injected_502_is_an_HTTP_502()
    {
        var options = new MarketoEmulatorOptions();
        await using var emulator = await MarketoEmulator.StartAsync(options);
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        options.Faults.ErrorRates["502"] = 1.0;

        using var response = await client.SendAsync(HttpMethod.Get, "rest/v1/activities/types.json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(emulator.Traffic.CallsWithCode("502"), Is.EqualTo(1));
    }

    [TestCase(true, 1)]
    [TestCase(false, 0)]
    public async Task A_dropped_connection_gives_no_answer_and_may_still_have_done_the_work(bool afterProcessing, int companies)
    {
        var options = new MarketoEmulatorOptions();
        await using var emulator = await MarketoEmulator.StartAsync(options);
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        options.Faults.DropConnectionRate = 1.0;
        options.Faults.DropAfterProcessing = afterProcessing;

        Assert.ThrowsAsync<HttpRequestException>(() => client.PostJsonAsync("rest/v1/companies.json", """{"input":[{"externalCompanyId":"c-1"}]}"""));

        Assert.That(emulator.Store.Companies, Has.Count.EqualTo(companies));
        Assert.That(emulator.Traffic.DroppedConnections, Is.EqualTo(1));
    }

    [Test]
    public async Task Injected_codes_marked_not_counted_do_not_use_up_the_rate_limit()
    {
        var options = new MarketoEmulatorOptions { CallsPerWindow = 2 };
        await using var emulator = await MarketoEmulator.StartAsync(options);
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        options.Faults.ErrorRates["604"] = 1.0;
        for (var i = 0; i < 3; i++)
        {
            await client.GetAsync("rest/v1/activities/types.json");
        }

        options.Faults.ErrorRates.Clear();
        var answer = await client.GetAsync("rest/v1/activities/types.json");

        Assert.That(MarketoTestClient.ErrorCode(answer), Is.Null);
        Assert.That(emulator.Traffic.CallsWithCode("604"), Is.EqualTo(3));
    }

    private static async Task<List<string?>> CodesAsync(int seed)
    {
        var options = new MarketoEmulatorOptions();
        options.Faults.Seed = seed;
        options.Faults.ErrorRates = new Dictionary<string, double> { ["606"] = 0.2, ["611"] = 0.1 };
        await using var emulator = await MarketoEmulator.StartAsync(options);
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var codes = new List<string?>();
        for (var i = 0; i < 40; i++)
        {
            codes.Add(MarketoTestClient.ErrorCode(await client.GetAsync("rest/v1/activities/types.json")));
        }

        return codes;
    }
}
