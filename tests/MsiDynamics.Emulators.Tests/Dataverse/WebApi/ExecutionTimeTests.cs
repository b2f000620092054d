using Microsoft.Extensions.Time.Testing;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// The execution-time limit of each user (dataverse.md §0.12, §6): a configurable emulated cost per operation,
/// summed over the sliding window, never slept.
/// </summary>
public sealed class ExecutionTimeTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Once_a_users_requests_reached_the_execution_time_limit_the_next_is_429_until_enough_time_left_the_window()
    {
        var time = new FakeTimeProvider(Start);
        await using var emulator = await DataverseEmulator.StartAsync(new()
        {
            PluginAssemblies = [CapturePlugins.Assembly], TimeProvider = time, RequestWindow = TimeSpan.FromSeconds(60),
            ExecutionTimePerOperation = TimeSpan.FromSeconds(1), ExecutionTimePerWindow = TimeSpan.FromSeconds(3),
        });
        using var client = new WebApiClient(emulator);
        var left = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            left.Add((await client.GetAsync("leads")).Header("x-ms-ratelimit-time-remaining-xrm-requests"));
            time.Advance(TimeSpan.FromSeconds(10));
        }

        var refused = await client.GetAsync("leads");
        time.Advance(TimeSpan.FromSeconds(30));
        var after = await client.GetAsync("leads");

        Assert.That(left, Is.EqualTo(new[] { "2.00", "1.00", "0.00" }), "seconds of execution time left in the window");
        Assert.That((refused.Status, refused.ErrorCode), Is.EqualTo((429, "0x80072321")));
        Assert.That(refused.ErrorMessage, Is.EqualTo("Combined execution time of incoming requests exceeded limit of 3,000 milliseconds over time window of 60 seconds. " +
            "Decrease number of concurrent requests or reduce the duration of requests and try again later."));
        Assert.That(refused.Header("Retry-After"), Is.EqualTo("30"), "the first second was charged at 0 s and leaves the 60 s window at 60 s; it is 30 s now");
        Assert.That(after.Status, Is.EqualTo(200));
        Assert.That(emulator.Traffic.ExecutionTime, Is.EqualTo(TimeSpan.FromSeconds(4)));
    }

    [Test]
    public async Task The_execution_time_limit_defaults_to_Dataverses_1200_seconds_over_300_seconds()
    {
        var time = new FakeTimeProvider(Start);
        await using var emulator = await DataverseEmulator.StartAsync(new()
        {
            PluginAssemblies = [CapturePlugins.Assembly], TimeProvider = time, ExecutionTimePerOperation = TimeSpan.FromMinutes(20),
        });
        using var client = new WebApiClient(emulator);

        var served = await client.GetAsync("leads");
        var refused = await client.GetAsync("leads");

        Assert.That((served.Status, refused.Status), Is.EqualTo((200, 429)));
        Assert.That(refused.ErrorMessage, Is.EqualTo("Combined execution time of incoming requests exceeded limit of 1,200,000 milliseconds over time window of 300 seconds. " +
            "Decrease number of concurrent requests or reduce the duration of requests and try again later."));
        Assert.That(refused.Header("Retry-After"), Is.EqualTo("300"));
    }

    [Test]
    public async Task The_execution_time_of_a_request_counts_the_operations_its_plugins_made()
    {
        var time = new FakeTimeProvider(Start);
        await using var emulator = await DataverseEmulator.StartAsync(new()
        {
            PluginAssemblies = [CapturePlugins.Assembly], TimeProvider = time, ExecutionTimePerOperation = TimeSpan.FromMilliseconds(10),
        });
        using var client = new WebApiClient(emulator);
        await client.PostAsync("contacts", """{"lastname":"Warm","emailaddress1":"warm@example.com"}""");
        emulator.Traffic.Reset();

        await client.PostAsync("contacts", """{"lastname":"Hopper","emailaddress1":"grace@example.com"}""");

        Assert.That(emulator.Traffic.ExecutionTime, Is.EqualTo(TimeSpan.FromMilliseconds(20)), "the create and its queue row");
    }
}
