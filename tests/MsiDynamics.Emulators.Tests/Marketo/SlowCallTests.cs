using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// Slow calls, the time-outs of the chaos tests: Marketo carries a call out whether or not its client is still
/// waiting (its server time-outs run to 30–90 s, marketo.md §5.1), so a client that gave up cannot know its write happened.
/// </summary>
public sealed class SlowCallTests
{
    private const string Company = """{"input":[{"externalCompanyId":"c-slow"}]}""";

    [Test]
    public async Task A_slow_call_is_held_for_its_delay_and_then_carried_out()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero));
        var options = new MarketoEmulatorOptions { TimeProvider = time };
        await using var emulator = await MarketoEmulator.StartAsync(options);
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        options.Faults.SlowCallRate = 1;
        options.Faults.SlowCallDelay = TimeSpan.FromSeconds(30);

        var started = time.GetUtcNow();
        var call = client.PostJsonAsync("rest/v1/companies.json", Company);
        await WaitUntil(() => emulator.Traffic.CallsInFlight == 1);
        // The clock moves a second at a time until the call is done: the delay may start a moment after the call arrives.
        await WaitUntil(() =>
        {
            time.Advance(TimeSpan.FromSeconds(1));
            return call.IsCompleted;
        });
        var answer = await call;

        Assert.That(time.GetUtcNow() - started, Is.GreaterThanOrEqualTo(options.Faults.SlowCallDelay), "held until its delay had passed");
        Assert.That(MarketoTestClient.ErrorCode(answer), Is.Null);
        Assert.That(emulator.Store.Companies, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_slow_call_whose_client_gave_up_is_still_carried_out()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero));
        var options = new MarketoEmulatorOptions { TimeProvider = time };
        await using var emulator = await MarketoEmulator.StartAsync(options);
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        options.Faults.SlowCallRate = 1;
        using var impatient = new HttpClient { BaseAddress = emulator.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "rest/v1/companies.json")
        {
            Content = new StringContent(Company, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);
        using var giveUp = new CancellationTokenSource();

        var call = impatient.SendAsync(request, giveUp.Token);
        await WaitUntil(() => emulator.Traffic.CallsInFlight == 1);
        await giveUp.CancelAsync();
        Assert.That(async () => await call, Throws.InstanceOf<OperationCanceledException>());
        await WaitUntil(() =>
        {
            time.Advance(TimeSpan.FromSeconds(1));
            return emulator.Traffic.AbandonedCalls == 1;
        });

        Assert.That(emulator.Store.Companies, Has.Count.EqualTo(1), "the write happened though nobody heard of it");
    }

    [Test]
    public async Task Slow_calls_leave_the_other_faults_drawn_as_they_were()
    {
        var plain = await CodesAsync(slowCallRate: 0);
        var withSlow = await CodesAsync(slowCallRate: 1e-9);

        Assert.That(withSlow, Is.EqualTo(plain));
        Assert.That(plain, Has.Some.Not.Null);
    }

    private static async Task<List<string?>> CodesAsync(double slowCallRate)
    {
        var options = new MarketoEmulatorOptions();
        options.Faults.Seed = 11;
        options.Faults.ErrorRates = new Dictionary<string, double> { ["604"] = 0.3 };
        options.Faults.SlowCallRate = slowCallRate;
        await using var emulator = await MarketoEmulator.StartAsync(options);
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var codes = new List<string?>();
        for (var i = 0; i < 20; i++)
        {
            codes.Add(MarketoTestClient.ErrorCode(await client.GetAsync("rest/v1/activities/types.json")));
        }

        return codes;
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the condition did not hold within 10 s");
            await Task.Delay(5);
        }
    }
}
