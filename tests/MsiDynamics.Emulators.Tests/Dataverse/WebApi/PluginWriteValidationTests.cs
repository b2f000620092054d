using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// The platform validates every write, not only the Web API's (dataverse.md §0.14): a plug-in's over-long value fails
/// the whole operation with 400 0x80044331 and the platform's message, and nothing of it is kept.
/// </summary>
public sealed class PluginWriteValidationTests
{
    [Test]
    public async Task A_plugins_child_create_with_an_overlong_value_fails_the_save_with_the_validation_error()
    {
        await using var emulator = await StartWithAsync(typeof(OverlongWritePlugins.CreatesOverlongAccount));
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("contacts", """{"lastname":"Hopper"}""");

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((400, "0x80044331")), answer.Body);
        Assert.That(answer.ErrorMessage, Is.EqualTo(
            "A validation error occurred. The length of the 'name' attribute of the 'account' entity exceeded the maximum allowed length of '160'."));
        Assert.That((emulator.Organization.Rows("contact").Count, emulator.Organization.Rows("account").Count), Is.EqualTo((0, 0)));
    }

    [Test]
    public async Task A_target_a_plugin_lengthens_past_its_column_is_refused_when_the_main_operation_takes_it()
    {
        await using var emulator = await StartWithAsync(typeof(OverlongWritePlugins.LengthensTarget));
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("contacts", """{"lastname":"Hopper"}""");

        Assert.That((answer.Status, answer.ErrorCode), Is.EqualTo((400, "0x80044331")), answer.Body);
        Assert.That(answer.ErrorMessage, Does.Contain("'lastname' attribute of the 'contact' entity"));
        Assert.That(emulator.Organization.Rows("contact"), Is.Empty);
    }

    private static async Task<DataverseEmulator> StartWithAsync(Type plugin)
    {
        var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        emulator.Organization.RegisterPlugins([plugin]);
        return emulator;
    }
}
