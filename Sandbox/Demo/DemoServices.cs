using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Marketo;

namespace MsiDynamics.Sandbox.Demo;

/// <summary>The worker's two clients, configured as the worker configures them, pointed at the two emulators.</summary>
internal static class DemoServices
{
    public const string MarketoClientId = "sandbox-client";
    public const string MarketoClientSecret = "sandbox-secret";

    public static ServiceProvider Build(Uri dataverseUrl, Uri marketoUrl, TimeProvider time)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = dataverseUrl.ToString(),
            // The emulator accepts any bearer token; a fixed one is allowed only with a loopback URL.
            ["Dataverse:AccessToken"] = "sandbox-token",
            ["Marketo:BaseUrl"] = marketoUrl.ToString(),
            ["Marketo:ClientId"] = MarketoClientId,
            ["Marketo:ClientSecret"] = MarketoClientSecret,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddDataverseClient(configuration);
        services.AddMarketoClient(configuration);
        return services.BuildServiceProvider();
    }
}
