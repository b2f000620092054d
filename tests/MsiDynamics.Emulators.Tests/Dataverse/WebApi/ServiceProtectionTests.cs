using Microsoft.Extensions.Time.Testing;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>The service protection limits of each user: requests per sliding window and concurrent requests (dataverse.md §6, §0.12; api-limits).</summary>
public sealed class ServiceProtectionTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task The_request_after_the_budget_is_429_with_Retry_After_until_the_oldest_request_leaves_the_window()
    {
        var time = new FakeTimeProvider(Start);
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly], TimeProvider = time, RequestsPerWindow = 3, RequestWindow = TimeSpan.FromSeconds(60) });
        using var client = new WebApiClient(emulator);
        var remaining = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            var served = await client.GetAsync("WhoAmI");
            Assert.That(served.Status, Is.EqualTo(200));
            remaining.Add(served.Header("x-ms-ratelimit-burst-remaining-xrm-requests"));
            time.Advance(TimeSpan.FromSeconds(10));
        }

        var refused = await client.GetAsync("WhoAmI");

        Assert.That((refused.Status, refused.ErrorCode), Is.EqualTo((429, "0x80072322")));
        Assert.That(refused.Header("Retry-After"), Is.EqualTo("30"), "the first request, made at 0 s, leaves the 60 s window at 60 s; it is 30 s now");
        Assert.That(refused.ErrorMessage, Is.EqualTo("Number of requests exceeded the limit of 3 over time window of 60 seconds."));
        Assert.That(emulator.Traffic.ThrottledRequests, Is.EqualTo(1));
        Assert.That(remaining, Is.EqualTo(new[] { "2", "1", "0" }));
    }

    [Test]
    public async Task Requests_are_served_again_once_the_window_has_slid_past()
    {
        var time = new FakeTimeProvider(Start);
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly], TimeProvider = time, RequestsPerWindow = 2 });
        using var client = new WebApiClient(emulator);
        await client.GetAsync("WhoAmI");
        await client.GetAsync("WhoAmI");
        var refused = await client.GetAsync("WhoAmI");

        time.Advance(TimeSpan.FromSeconds(int.Parse(refused.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture)));
        var after = await client.GetAsync("WhoAmI");

        Assert.That((refused.Status, after.Status), Is.EqualTo((429, 200)));
    }

    [Test]
    public async Task Two_tokens_of_one_user_share_one_budget_so_a_refreshed_token_does_not_reset_it()
    {
        var time = new FakeTimeProvider(Start);
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly], TimeProvider = time, RequestsPerWindow = 1 });
        var user = SeedUser(emulator, "Ada");
        using var first = new WebApiClient(emulator, emulator.TokenFor(user));
        using var refreshed = new WebApiClient(emulator, emulator.TokenFor(user));

        var served = await first.GetAsync("WhoAmI");
        var refused = await refreshed.GetAsync("WhoAmI");

        Assert.That(first.Token, Is.Not.EqualTo(refreshed.Token));
        Assert.That((served.Status, refused.Status, refused.ErrorCode), Is.EqualTo((200, 429, "0x80072322")));
    }

    [Test]
    public async Task Two_users_have_separate_budgets()
    {
        var time = new FakeTimeProvider(Start);
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly], TimeProvider = time, RequestsPerWindow = 1 });
        using var ada = new WebApiClient(emulator, emulator.TokenFor(SeedUser(emulator, "Ada")));
        using var grace = new WebApiClient(emulator, emulator.TokenFor(SeedUser(emulator, "Grace")));

        var first = await ada.GetAsync("WhoAmI");
        var other = await grace.GetAsync("WhoAmI");

        Assert.That((first.Status, other.Status), Is.EqualTo((200, 200)));
    }

    [Test]
    public async Task Tokens_that_are_not_JWTs_all_stand_for_the_application_user_and_share_its_budget()
    {
        var time = new FakeTimeProvider(Start);
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly], TimeProvider = time, RequestsPerWindow = 1 });
        using var first = new WebApiClient(emulator, "first");
        using var second = new WebApiClient(emulator, "second");

        await first.GetAsync("WhoAmI");
        var other = await second.GetAsync("WhoAmI");

        Assert.That(other.Status, Is.EqualTo(429));
    }

    [Test]
    public async Task A_batch_and_an_UpdateMultiple_count_once_against_the_budget()
    {
        var time = new FakeTimeProvider(Start);
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly], TimeProvider = time, RequestsPerWindow = 2 });
        using var client = new WebApiClient(emulator);
        var batch = new BatchBody();
        for (var i = 0; i < 50; i++)
        {
            batch.Request("POST", "accounts", $$"""{"name":"A{{i}}"}""");
        }

        var batchAnswer = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "$batch") { Content = batch.ToContent() });
        var targets = string.Join(',', emulator.Organization.Rows("account").Select(a => $$"""{"@odata.type":"Microsoft.Dynamics.CRM.account","accountid":"{{a.Id}}","name":"B"}"""));
        var bulk = await client.PostAsync("accounts/Microsoft.Dynamics.CRM.UpdateMultiple", $$"""{"Targets":[{{targets}}]}""");
        var third = await client.GetAsync("WhoAmI");

        Assert.That((batchAnswer.Status, bulk.Status, third.Status), Is.EqualTo((200, 204, 429)));
    }

    [Test]
    public async Task A_request_beyond_the_concurrency_limit_is_429_at_once()
    {
        var time = new FakeTimeProvider(Start);
        var options = new DataverseEmulatorOptions { PluginAssemblies = [CapturePlugins.Assembly], TimeProvider = time, MaxConcurrentRequests = 2 };
        options.Faults.Latency = TimeSpan.FromSeconds(5);
        await using var emulator = await DataverseEmulator.StartAsync(options);
        using var client = new WebApiClient(emulator);
        var held = new[] { client.GetAsync("WhoAmI"), client.GetAsync("WhoAmI") };
        await WaitUntil(() => emulator.Traffic.PeakConcurrency == 2);

        var refused = await client.GetAsync("WhoAmI");
        // A held request may not have started its delay yet when the clock first moves: move it until both are served.
        var both = Task.WhenAll(held);
        await WaitUntil(() =>
        {
            time.Advance(TimeSpan.FromSeconds(5));
            return both.IsCompleted;
        });
        var served = await both;

        Assert.That((refused.Status, refused.ErrorCode), Is.EqualTo((429, "0x80072326")));
        Assert.That(refused.Header("Retry-After"), Is.Not.Null);
        Assert.That(served.Select(a => a.Status), Is.All.EqualTo(200));
    }

    private static Guid SeedUser(DataverseEmulator emulator, string name) =>
        emulator.Seed("systemuser", ("fullname", name), ("azureactivedirectoryobjectid", Guid.NewGuid()));

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the condition did not hold within 10 s");
            await Task.Yield();
        }
    }
}
