using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>Seeded 429/503 faults for the resilience and chaos tests (architecture.md §7, §8).</summary>
public sealed class FaultInjectionTests
{
    [Test]
    public async Task The_same_seed_gives_the_same_faults_for_the_same_requests()
    {
        var first = await Statuses(seed: 7);
        var second = await Statuses(seed: 7);
        var other = await Statuses(seed: 8);

        Assert.That(first, Is.EqualTo(second));
        Assert.That(first, Is.Not.EqualTo(other));
        Assert.That(first, Does.Contain(429).And.Contain(503).And.Contain(200));
    }

    [Test]
    public async Task An_injected_429_carries_the_configured_Retry_After_and_the_service_protection_code()
    {
        var options = new DataverseEmulatorOptions { PluginAssemblies = [CapturePlugins.Assembly] };
        options.Faults.ThrottleRate = 1;
        options.Faults.RetryAfter = TimeSpan.FromSeconds(2.5);
        await using var emulator = await DataverseEmulator.StartAsync(options);
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("accounts", """{"name":"never"}""");

        Assert.That((answer.Status, answer.ErrorCode, answer.Header("Retry-After")), Is.EqualTo((429, "0x80072322", "3")));
        Assert.That(emulator.Organization.Rows("account"), Is.Empty, "an injected fault does no work");
        Assert.That(emulator.Traffic.ThrottledByCode, Is.EqualTo(new Dictionary<string, long> { ["0x80072322"] = 1 }));
    }

    [Test]
    public async Task Faults_can_be_switched_off_while_the_emulator_runs()
    {
        var options = new DataverseEmulatorOptions { PluginAssemblies = [CapturePlugins.Assembly] };
        options.Faults.ServiceUnavailableRate = 1;
        await using var emulator = await DataverseEmulator.StartAsync(options);
        using var client = new WebApiClient(emulator);

        var failing = await client.GetAsync("WhoAmI");
        options.Faults.ServiceUnavailableRate = 0;
        var working = await client.GetAsync("WhoAmI");

        Assert.That((failing.Status, failing.ErrorCode is not null, working.Status), Is.EqualTo((503, true, 200)));
    }

    [TestCase(true, 1)]
    [TestCase(false, 0)]
    public async Task A_dropped_connection_gets_no_answer_and_the_write_happens_only_when_dropped_after_the_work(bool afterWork, int accounts)
    {
        var options = new DataverseEmulatorOptions { PluginAssemblies = [CapturePlugins.Assembly] };
        options.Faults.DropConnectionRate = 1;
        options.Faults.DropAfterWork = afterWork;
        await using var emulator = await DataverseEmulator.StartAsync(options);
        using var client = new WebApiClient(emulator);

        Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync("accounts", """{"name":"maybe"}"""));

        Assert.That(emulator.Organization.Rows("account"), Has.Count.EqualTo(accounts));
        Assert.That(emulator.Traffic.DroppedConnections, Is.EqualTo(1));
    }

    private static async Task<List<int>> Statuses(int seed)
    {
        var options = new DataverseEmulatorOptions { PluginAssemblies = [CapturePlugins.Assembly] };
        options.Faults.Seed = seed;
        options.Faults.ThrottleRate = 0.3;
        options.Faults.ServiceUnavailableRate = 0.3;
        await using var emulator = await DataverseEmulator.StartAsync(options);
        using var client = new WebApiClient(emulator);
        var statuses = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            statuses.Add((await client.GetAsync("WhoAmI")).Status);
        }

        return statuses;
    }
}
