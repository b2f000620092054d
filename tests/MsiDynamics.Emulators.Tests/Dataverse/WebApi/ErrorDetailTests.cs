using System.Text.Json.Nodes;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// Error bodies as Dataverse shapes them per request (dataverse.md §6 Errors, §0.14): a plug-in error's details when
/// the request asks for annotations, and the empty code of a 404 or 412 under the option that mimics it.
/// </summary>
public sealed class ErrorDetailTests
{
    private const string HelpLink = "http://go.microsoft.com/fwlink/?LinkID=398563&error=Microsoft.Crm.CrmException%3a80040265&client=platform";

    [Test]
    public async Task A_plugin_error_asked_for_with_every_annotation_carries_its_status_code_help_link_trace_and_inner_message()
    {
        await using var emulator = await StartWithCancellingPluginAsync();
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("opportunities", """{"name":"Big deal"}""", ("Prefer", "odata.include-annotations=\"*\""));

        var error = Error(answer);
        Assert.That((answer.Status, answer.ErrorCode, answer.ErrorMessage), Is.EqualTo((400, "0x80040265", CancellingPlugin.Message)));
        Assert.That(error["@Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus"]!.GetValue<string>(), Is.EqualTo("1"), "OperationStatus.Canceled");
        Assert.That(error["@Microsoft.PowerApps.CDS.ErrorDetails.SubErrorCode"]!.GetValue<string>(), Is.EqualTo("12345"));
        Assert.That(error["@Microsoft.PowerApps.CDS.HelpLink"]!.GetValue<string>(), Is.EqualTo(HelpLink));
        Assert.That(error["@Microsoft.PowerApps.CDS.TraceText"]!.GetValue<string>(), Does.Contain("Entering the cancelling step."));
        Assert.That(error["@Microsoft.PowerApps.CDS.InnerError.Message"]!.GetValue<string>(), Is.EqualTo(CancellingPlugin.Message));
    }

    [Test]
    public async Task A_plugin_error_carries_only_the_annotations_asked_for()
    {
        await using var emulator = await StartWithCancellingPluginAsync();
        using var client = new WebApiClient(emulator);

        var plain = await client.PostAsync("opportunities", """{"name":"Big deal"}""");
        var details = await client.PostAsync("opportunities", """{"name":"Big deal"}""", ("Prefer", "odata.include-annotations=\"Microsoft.PowerApps.CDS.ErrorDetails.*\""));

        Assert.That(Error(plain).Select(p => p.Key), Is.EquivalentTo(new[] { "code", "message" }));
        Assert.That(Error(details).Select(p => p.Key), Is.EquivalentTo(new[]
        {
            "code", "message", "@Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus", "@Microsoft.PowerApps.CDS.ErrorDetails.SubErrorCode",
        }));
    }

    [Test]
    public async Task Under_the_empty_code_option_a_404_and_a_412_carry_an_empty_code_and_other_errors_keep_theirs()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [], EmptyErrorCodeOn404And412 = true });
        using var client = new WebApiClient(emulator);
        var lead = emulator.SeedLead("Ada", "Lovelace");

        var missing = await client.PatchAsync($"leads({Guid.NewGuid()})", """{"lastname":"Hopper"}""", ("If-Match", "*"));
        var stale = await client.PatchAsync($"leads({lead})", """{"lastname":"Hopper"}""", ("If-Match", "W/\"1\""));
        var invalid = await client.GetAsync("leads?$top=none");

        Assert.That((missing.Status, missing.ErrorCode), Is.EqualTo((404, string.Empty)));
        Assert.That(missing.ErrorMessage, Does.EndWith("Does Not Exist"));
        Assert.That((stale.Status, stale.ErrorCode), Is.EqualTo((412, string.Empty)));
        Assert.That((invalid.Status, invalid.ErrorCode), Is.EqualTo((400, "0x0")));
    }

    [Test]
    public async Task Under_the_empty_code_option_a_404_inside_a_batch_carries_an_empty_code_too()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [], EmptyErrorCodeOn404And412 = true });
        using var client = new WebApiClient(emulator);
        var batch = new BatchBody().Request("GET", $"leads({Guid.NewGuid()})");

        var answer = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "$batch") { Content = batch.ToContent() });

        Assert.That(BatchBody.Statuses(answer), Is.EqualTo(new[] { 404 }));
        Assert.That(answer.Body, Does.Contain("\"code\":\"\""));
    }

    private static async Task<DataverseEmulator> StartWithCancellingPluginAsync()
    {
        var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        emulator.Organization.RegisterPlugins([typeof(CancellingPlugin)]);
        return emulator;
    }

    private static JsonObject Error(WebApiAnswer answer) => answer.Json["error"]!.AsObject();
}
