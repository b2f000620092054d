using System.Text.Json;
using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// Values are stored and returned by their field's type, not by the JSON type they were sent in: numbers and
/// currency from strings or numbers, booleans, dates as <c>yyyy-MM-dd</c> and datetimes in UTC with <c>Z</c>
/// (marketo.md D10, D11).
/// </summary>
public sealed class TypedStorageTests
{
    [TestCase("amount", "\"1604.47\"", "1604.47", JsonValueKind.Number)]
    [TestCase("amount", "1604.47", "1604.47", JsonValueKind.Number)]
    [TestCase("probability", "\"42\"", "42", JsonValueKind.Number)]
    [TestCase("isWon", "\"true\"", "true", JsonValueKind.True)]
    [TestCase("closeDate", "\"2024-05-01\"", "\"2024-05-01\"", JsonValueKind.String)]
    [TestCase("externalCreatedDate", "\"2024-05-01T12:00:00+02:00\"", "\"2024-05-01T10:00:00Z\"", JsonValueKind.String)]
    [TestCase("externalCreatedDate", "\"2024-05-01T10:00:00.000Z\"", "\"2024-05-01T10:00:00Z\"", JsonValueKind.String)]
    public async Task An_opportunity_value_comes_back_in_its_fields_type(string field, string sent, string returned, JsonValueKind kind)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var sync = await client.PostJsonAsync("rest/v1/opportunities.json", $$"""{"input":[{"externalOpportunityId":"o-1","name":"A","{{field}}":{{sent}}}]}""");
        var read = await client.GetAsync($"rest/v1/opportunities.json?filterType=externalOpportunityId&filterValues=o-1&fields={field}");

        Assert.That(MarketoTestClient.Results(sync)[0]!["status"]!.GetValue<string>(), Is.EqualTo("created"));
        var value = MarketoTestClient.Results(read)[0]![field]!;
        Assert.That(value.GetValueKind(), Is.EqualTo(kind));
        Assert.That(value.ToJsonString(), Is.EqualTo(returned));
    }

    [TestCase("leadScore", "\"42\"", "42")]
    [TestCase("urgency", "\"1.5\"", "1.5")]
    [TestCase("unsubscribed", "\"false\"", "false")]
    public async Task A_lead_value_sent_as_a_string_is_stored_as_its_type(string field, string sent, string returned)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        await client.PostJsonAsync("rest/v1/leads.json", $$"""{"input":[{"email":"a@test.com","{{field}}":{{sent}}}]}""");

        Assert.That(emulator.Store.Leads[0].GetField(field)!.ToJsonString(), Is.EqualTo(returned));
    }

    [TestCase("probability", "14.1")]
    [TestCase("probability", "\"14c\"")]
    [TestCase("amount", "\"100%\"")]
    [TestCase("externalCreatedDate", "\"yesterday\"")]
    [TestCase("externalCreatedDate", "\"02/12/2026\"")]
    [TestCase("isClosed", "\"yes\"")]
    [TestCase("externalCompanyId", "\"{{101}}\"")]
    public async Task A_value_Marketo_would_not_read_as_its_fields_type_is_refused(string field, string sent)
    {
        await using var emulator = await MarketoEmulator.StartAsync(new());
        using var client = await MarketoTestClient.ConnectAsync(emulator);
        var value = sent.Replace("{{101}}", new string('x', 101), StringComparison.Ordinal);

        var sync = await client.PostJsonAsync("rest/v1/opportunities.json", $$"""{"input":[{"externalOpportunityId":"o-1","name":"A","{{field}}":{{value}}}]}""");

        Assert.That(MarketoTestClient.ReasonCode(MarketoTestClient.Results(sync)[0]), Is.EqualTo("1003"));
        Assert.That(emulator.Store.Opportunities, Is.Empty);
    }
}
