using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>A bearer token stands for a user of the environment (dataverse.md §6 Auth, §0.12).</summary>
public sealed class CallerIdentityTests
{
    [Test]
    public async Task A_request_runs_as_the_user_whose_object_id_its_token_carries()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        var user = emulator.Seed("systemuser", ("fullname", "Ada Lovelace"), ("azureactivedirectoryobjectid", Guid.NewGuid()));
        using var client = new WebApiClient(emulator, emulator.TokenFor(user));

        var answer = await client.GetAsync("WhoAmI");

        Assert.That(answer.Json["UserId"]!.GetValue<string>(), Is.EqualTo(user.ToString("D")));
    }

    [Test]
    public async Task A_token_for_the_application_user_runs_as_it()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        using var client = new WebApiClient(emulator, emulator.TokenFor(emulator.ApplicationUserId));

        var answer = await client.GetAsync("WhoAmI");

        Assert.That(answer.Json["UserId"]!.GetValue<string>(), Is.EqualTo(emulator.ApplicationUserId.ToString("D")));
    }

    [Test]
    public async Task A_token_of_someone_the_environment_does_not_have_is_403_not_a_member_of_the_organization()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [] });
        var user = emulator.Seed("systemuser", ("fullname", "Ada Lovelace"), ("azureactivedirectoryobjectid", Guid.NewGuid()));
        var token = emulator.TokenFor(user);
        emulator.Organization.ServiceAs(emulator.Organization.SystemUserId).Delete("systemuser", user);
        using var client = new WebApiClient(emulator, token);

        var answer = await client.GetAsync("WhoAmI");

        Assert.That((answer.Status, answer.ErrorCode, answer.ErrorMessage), Is.EqualTo((403, "0x80072560", "The user is not a member of the organization.")));
        Assert.That(emulator.Traffic.ServiceProtectionRequests, Is.Zero);
    }
}
