using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// The behaviours the sources leave UNCERTAIN can be switched, so the client is tested under each answer: a call
/// without any token (marketo.md §1) and a query naming a field the instance lacks (D8).
/// </summary>
public sealed class UncertainAnswerTests
{
    [TestCase(MarketoMissingTokenAnswer.Code601, 200, "601")]
    [TestCase(MarketoMissingTokenAnswer.Code600, 200, "600")]
    [TestCase(MarketoMissingTokenAnswer.Http401, 401, null)]
    public async Task A_call_without_a_token_is_answered_as_the_emulator_is_switched(MarketoMissingTokenAnswer answer, int status, string? code)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { MissingToken = answer });
        using var client = MarketoTestClient.Anonymous(emulator);

        using var response = await client.SendAsync(HttpMethod.Get, "rest/v1/leads.json?filterType=email&filterValues=a@test.com");
        var body = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        if (code is not null)
        {
            Assert.That(body, Does.Contain($"\"code\":\"{code}\""));
        }

        Assert.That(emulator.Store.Leads, Is.Empty);
    }

    [Test]
    public async Task A_wrong_token_is_601_whatever_the_missing_token_answer()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { MissingToken = MarketoMissingTokenAnswer.Http401 });
        using var client = MarketoTestClient.Anonymous(emulator);
        client.Token = "not-a-token";

        var answer = await client.GetAsync("rest/v1/leads.json?filterType=email&filterValues=a@test.com");

        Assert.That(MarketoTestClient.ErrorCode(answer), Is.EqualTo("601"));
    }

    [TestCase(MarketoUnknownFieldAnswer.Null, null)]
    [TestCase(MarketoUnknownFieldAnswer.Refuse1006, "1006")]
    public async Task A_query_naming_a_field_the_instance_lacks_is_answered_as_the_emulator_is_switched(MarketoUnknownFieldAnswer answer, string? code)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { UnknownQueryField = answer });
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        emulator.SeedLead("a@test.com");

        var read = await client.GetAsync("rest/v1/leads.json?filterType=email&filterValues=a@test.com&fields=relativeScore,relativeScoring");

        Assert.That(MarketoTestClient.ErrorCode(read), Is.EqualTo(code));
        if (code is null)
        {
            Assert.That(read["result"]![0]!["relativeScoring"], Is.Null);
        }
        else
        {
            Assert.That(read["errors"]![0]!["message"]!.GetValue<string>(), Is.EqualTo("Field 'relativeScoring' not found"));
        }
    }
}
