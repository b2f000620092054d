using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>Authentication, the error body and the headers every answer carries (dataverse.md §6).</summary>
public sealed class ProtocolTests
{
    [Test]
    public async Task A_request_without_a_bearer_token_is_answered_401_with_the_error_body()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator, token: null);

        var answer = await client.GetAsync("leads");

        Assert.That(answer.Status, Is.EqualTo(401));
        Assert.That(answer.ErrorCode, Does.StartWith("0x"));
        Assert.That(answer.ErrorMessage, Does.Contain("Bearer"));
        Assert.That(answer.Header("WWW-Authenticate"), Does.StartWith("Bearer"));
    }

    [TestCase("Basic dXNlcjpwYXNz")]
    [TestCase("Bearer ")]
    public async Task A_request_with_another_scheme_or_an_empty_token_is_answered_401(string authorization)
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator, token: null);

        var answer = await client.GetAsync("leads", ("Authorization", authorization));

        Assert.That(answer.Status, Is.EqualTo(401));
    }

    [Test]
    public async Task Any_bearer_token_is_accepted_and_every_answer_says_OData_version_4()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator, token: "anything");

        var answer = await client.GetAsync("WhoAmI");

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        Assert.That(answer.Header("OData-Version"), Is.EqualTo("4.0"));
        Assert.That(answer.Json["UserId"]!.GetValue<string>(), Is.EqualTo(emulator.ApplicationUserId.ToString("D")));
    }

    [Test]
    public async Task The_emulator_acts_as_an_application_user()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });

        var user = emulator.Row("systemuser", emulator.ApplicationUserId);

        Assert.That(user.GetAttributeValue<Guid?>("applicationid"), Is.Not.Null);
        Assert.That(user.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>("accessmode")!.Value, Is.EqualTo(4));
    }

    [Test]
    public async Task An_unknown_entity_set_is_404_resource_not_found_for_the_segment()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("Account");

        Assert.That((answer.Status, answer.ErrorCode, answer.ErrorMessage),
            Is.EqualTo((404, "0x8006088a", "Resource not found for the segment 'Account'.")));
    }

    [Test]
    public async Task Every_error_body_has_exactly_a_code_and_a_message()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync($"leads({Guid.NewGuid()})");

        var error = answer.Json["error"]!.AsObject();
        Assert.That(answer.Json.Select(p => p.Key), Is.EqualTo(new[] { "error" }));
        Assert.That(error.Select(p => p.Key), Is.EquivalentTo(new[] { "code", "message" }));
        Assert.That(answer.Header("Content-Type"), Does.StartWith("application/json"));
    }

    [Test]
    public async Task A_method_the_resource_does_not_support_is_405()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly] });
        using var client = new WebApiClient(emulator);

        var answer = await client.SendAsync(HttpMethod.Put, "leads", "{}");

        Assert.That(answer.Status, Is.EqualTo(405));
    }

    [Test]
    public async Task A_URL_over_the_limit_is_414()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly], MaxUrlLength = 200 });
        using var client = new WebApiClient(emulator);

        var answer = await client.GetAsync("leads?$filter=" + CrmRows.Encoded("lastname eq '" + new string('x', 300) + "'"));

        Assert.That(answer.Status, Is.EqualTo(414));
    }
}
