using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// A Web API write whose plug-in swallows a failed child call is answered with the platform's transaction errors
/// (dataverse.md §0.9): 400 with code 0x80040251 or 0x8009000c and the platform's message, and nothing is kept.
/// </summary>
public sealed class DoomedTransactionAnswerTests
{
    [Test]
    public async Task A_plugin_that_swallows_a_failed_call_and_calls_again_is_answered_no_active_transaction()
    {
        await using var emulator = await StartWithAsync(typeof(DoomPlugins.CatchesThenCallsAgain));
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("contacts", """{"lastname":"Lost"}""");

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((400, "0x80040251")), answer.Body);
        Assert.That(answer.ErrorMessage, Does.StartWith("There is no active transaction."));
        Assert.That(emulator.Organization.Rows("contact"), Is.Empty);
    }

    [Test]
    public async Task A_plugin_that_swallows_a_failed_call_and_returns_is_answered_transaction_count_reduced()
    {
        await using var emulator = await StartWithAsync(typeof(DoomPlugins.CatchesThenReturns));
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("contacts", """{"lastname":"Lost"}""");

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((400, "0x8009000c")), answer.Body);
        Assert.That(answer.ErrorMessage, Does.StartWith("ISV code reduced the open transaction count."));
        Assert.That(emulator.Organization.Rows("contact"), Is.Empty);
    }

    private static async Task<DataverseEmulator> StartWithAsync(Type plugin)
    {
        var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        emulator.Organization.RegisterPlugins([plugin]);
        return emulator;
    }
}
