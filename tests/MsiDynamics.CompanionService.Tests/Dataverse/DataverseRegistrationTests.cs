using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse;

/// <summary>AddDataverseClient: how the worker, the sandbox and tests choose the token source and reach the Web API.</summary>
public sealed class DataverseRegistrationTests
{
    [Test]
    public void A_token_source_registered_before_replaces_MSAL_and_no_credentials_are_needed()
    {
        using var services = Build(new() { ["Dataverse:Url"] = "http://127.0.0.1:5123/" }, new StaticTokenSource("sandbox"));

        Assert.That(services.GetRequiredService<IDataverseTokenSource>(), Is.InstanceOf<StaticTokenSource>());
        Assert.That(services.GetRequiredService<IOptions<DataverseOptions>>().Value.WebApiUrl,
            Is.EqualTo(new Uri("http://127.0.0.1:5123/api/data/v9.2/")));
        Assert.That(services.GetRequiredService<SyncQueue>(), Is.Not.Null);
    }

    [Test]
    public void With_credentials_MSAL_is_used()
    {
        using var services = Build(new()
        {
            ["Dataverse:Url"] = "https://contoso.crm.dynamics.com/", ["Dataverse:TenantId"] = "t",
            ["Dataverse:ClientId"] = "c", ["Dataverse:ClientSecret"] = "s",
        });

        Assert.That(services.GetRequiredService<IDataverseTokenSource>(), Is.InstanceOf<MsalTokenSource>());
        Assert.That(services.GetRequiredService<DataverseClient>(), Is.Not.Null);
    }

    [Test]
    public void Invalid_settings_fail_when_the_options_are_first_used_with_the_setting_named()
    {
        using var services = Build(new() { ["Dataverse:Url"] = "http://contoso.crm.dynamics.com/" });

        Assert.That(() => services.GetRequiredService<IOptions<DataverseOptions>>().Value,
            Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("Dataverse:Url"));
    }

    [Test]
    public void Without_a_token_source_of_its_own_the_app_registration_settings_are_required()
    {
        using var services = Build(new() { ["Dataverse:Url"] = "https://contoso.crm.dynamics.com/" });

        Assert.That(() => services.GetRequiredService<IOptions<DataverseOptions>>().Value,
            Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("Dataverse:TenantId"));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, IDataverseTokenSource? tokens = null)
    {
        var services = new ServiceCollection();
        if (tokens is not null)
        {
            services.AddSingleton(tokens);
        }

        services.AddDataverseClient(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider(validateScopes: true);
    }
}
