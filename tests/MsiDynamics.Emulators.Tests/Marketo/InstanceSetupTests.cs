using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Emulators.Tests.Marketo;

/// <summary>
/// How an instance is set up for MSI Non-Native: whether the feature is on (marketo.md §4.4 rule 6), which name the
/// relative score has (§4.1, D8), and which APIs the API-only user's role may call (603, §5.2).
/// </summary>
public sealed class InstanceSetupTests
{
    [Test]
    public async Task Without_MSI_Non_Native_the_lead_describe_has_no_msi_fields_but_keeps_priority()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { MsiNonNative = false });
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var names = Names(await client.GetAsync("rest/v1/leads/describe.json"));

        Assert.That(names.Where(n => n.StartsWith("msi", StringComparison.Ordinal)), Is.Empty);
        Assert.That(names, Does.Contain("priority").And.Contain("relativeUrgency").And.Contain("relativeScore"));
    }

    [Test]
    public async Task An_instance_may_name_the_relative_score_relativeScoring()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { RelativeScoreField = "relativeScoring" });
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var names = Names(await client.GetAsync("rest/v1/leads/describe.json"));

        Assert.That(names, Does.Contain("relativeScoring").And.Not.Contain("relativeScore"));
    }

    [Test]
    public async Task A_path_the_API_user_may_not_call_answers_603_and_others_still_answer()
    {
        await using var emulator = await MarketoEmulator.StartAsync(new() { DeniedPaths = ["/rest/v1/opportunities/roles"] });
        using var client = await MarketoTestClient.ConnectAsync(emulator);

        var denied = await client.GetAsync("rest/v1/opportunities/roles/describe.json");
        var allowed = await client.GetAsync("rest/v1/opportunities/describe.json");

        Assert.That(MarketoTestClient.ErrorCode(denied), Is.EqualTo("603"));
        Assert.That(MarketoTestClient.ErrorCode(allowed), Is.Null);
    }

    private static List<string> Names(System.Text.Json.Nodes.JsonObject envelope) =>
        [.. MarketoTestClient.Results(envelope).Select(f => f!["rest"]!["name"]!.GetValue<string>())];
}
