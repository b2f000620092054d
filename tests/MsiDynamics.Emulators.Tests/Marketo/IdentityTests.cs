using Microsoft.Extensions.Time.Testing;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>The identity endpoint and token expiry (marketo.md §1).</summary>
public sealed class IdentityTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task A_token_request_answers_a_bearer_token_with_its_lifetime_and_scope()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = new FakeTimeProvider(Start) });
        using var client = MarketoTestClient.Anonymous(emulator);

        var token = await client.RequestTokenAsync();

        Assert.That(token["access_token"]!.GetValue<string>(), Does.Match("^[0-9a-f-]{36}:int$"));
        Assert.That(token["token_type"]!.GetValue<string>(), Is.EqualTo("bearer"));
        Assert.That(token["expires_in"]!.GetValue<int>(), Is.EqualTo(3600));
        Assert.That(token["scope"]!.GetValue<string>(), Is.Not.Empty);
    }

    [Test]
    public async Task Asking_again_before_expiry_returns_the_same_token_with_its_remaining_lifespan()
    {
        var time = new FakeTimeProvider(Start);
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = time });
        using var client = MarketoTestClient.Anonymous(emulator);
        var first = await client.RequestTokenAsync();

        time.Advance(TimeSpan.FromSeconds(100));
        var second = await client.RequestTokenAsync();

        Assert.That(second["access_token"]!.GetValue<string>(), Is.EqualTo(first["access_token"]!.GetValue<string>()));
        Assert.That(second["expires_in"]!.GetValue<int>(), Is.EqualTo(3500));
    }

    [Test]
    public async Task Asking_after_expiry_returns_a_new_token()
    {
        var time = new FakeTimeProvider(Start);
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = time, TokenLifetime = TimeSpan.FromMinutes(10) });
        using var client = MarketoTestClient.Anonymous(emulator);
        var first = await client.RequestTokenAsync();

        time.Advance(TimeSpan.FromMinutes(10));
        var second = await client.RequestTokenAsync();

        Assert.That(second["access_token"]!.GetValue<string>(), Is.Not.EqualTo(first["access_token"]!.GetValue<string>()));
        Assert.That(second["expires_in"]!.GetValue<int>(), Is.EqualTo(600));
    }

    [TestCase("client", "wrong")]
    [TestCase("other", "secret")]
    public async Task A_wrong_client_pair_gets_401_with_an_OAuth_error_body(string clientId, string clientSecret)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { ClientId = "client", ClientSecret = "secret" });
        using var client = MarketoTestClient.Anonymous(emulator);

        var body = await client.RequestTokenAsync(clientId, clientSecret);

        Assert.That(body["error"]!.GetValue<string>(), Is.EqualTo("invalid_client"));
        Assert.That(body["error_description"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(emulator.Traffic.CallsWithCode("401"), Is.EqualTo(1));
    }

    [Test]
    public async Task An_expired_token_answers_602_once_and_601_afterwards()
    {
        var time = new FakeTimeProvider(Start);
        await using var emulator = await MarketoEmulator.StartAsync(new() { TimeProvider = time });
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var beforeExpiry = await client.GetAsync("rest/v1/leads/describe.json");

        time.Advance(TimeSpan.FromSeconds(3600));
        var first = await client.GetAsync("rest/v1/leads/describe.json");
        var second = await client.GetAsync("rest/v1/leads/describe.json");

        Assert.That(MarketoTestClient.ErrorCode(beforeExpiry), Is.Null);
        Assert.That(MarketoTestClient.ErrorCode(first), Is.EqualTo("602"));
        Assert.That(MarketoTestClient.ErrorCode(second), Is.EqualTo("601"));
    }

    [TestCase(null)]
    [TestCase("not-a-token")]
    public async Task A_missing_or_unknown_token_answers_601(string? token)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = MarketoTestClient.Anonymous(emulator);
        client.Token = token;

        var answer = await client.GetAsync("rest/v1/leads/describe.json");

        Assert.That(MarketoTestClient.ErrorCode(answer), Is.EqualTo("601"));
        Assert.That(answer["errors"]![0]!["message"]!.GetValue<string>(), Is.EqualTo("Access token invalid"));
    }
}
