using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// The token travels only in <c>Authorization: Bearer</c>; the <c>access_token</c> parameter's removal was
/// announced for 2026-08-31 (marketo.md §1), so the emulator refuses it unless switched.
/// </summary>
public sealed class TokenTransportTests
{
    [TestCase(false, "601")]
    [TestCase(true, null)]
    public async Task A_token_in_the_query_string_is_refused_unless_allowed(bool allowed, string? expectedCode)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { AllowQueryStringToken = allowed });
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var token = client.Token;
        client.Token = null;

        var answer = await client.GetAsync($"rest/v1/leads/describe.json?access_token={token}");

        Assert.That(MarketoTestClient.ErrorCode(answer), Is.EqualTo(expectedCode));
    }

    [Test]
    public async Task The_refusal_says_the_parameter_is_no_longer_supported()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var answer = await client.GetAsync($"rest/v1/leads/describe.json?access_token={client.Token}");

        Assert.That(answer["errors"]![0]!["message"]!.GetValue<string>(), Does.Contain("no longer supported"));
    }

    [Test]
    public async Task A_token_in_a_form_body_is_refused_even_with_a_valid_header()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var answer = await client.PostFormAsync(
            "rest/v1/leads.json?_method=GET",
            ("filterType", "email"),
            ("filterValues", "a@example.com"),
            ("access_token", client.Token!));

        Assert.That(MarketoTestClient.ErrorCode(answer), Is.EqualTo("601"));
    }
}
