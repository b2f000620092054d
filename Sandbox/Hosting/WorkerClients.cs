using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Marketo;

namespace MsiDynamics.Sandbox.Hosting;

/// <summary>
/// The worker's clients, configured as the worker configures them, pointed at the emulators: for the demo
/// and the benchmarks. Only the clients whose URL is given are registered.
/// </summary>
internal static class WorkerClients
{
    /// <summary>The Marketo credentials the sandbox's clients send; start the Marketo emulator with them.</summary>
    public const string MarketoClientId = "sandbox-client";

    /// <inheritdoc cref="MarketoClientId"/>
    public const string MarketoClientSecret = "sandbox-secret";

    public static ServiceProvider Build(Uri? dataverseUrl, Uri? marketoUrl, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = dataverseUrl?.ToString(),
            // The emulator accepts any bearer token; a fixed one is allowed only with a loopback URL.
            ["Dataverse:AccessToken"] = "sandbox-token",
            ["Marketo:BaseUrl"] = marketoUrl?.ToString(),
            ["Marketo:ClientId"] = MarketoClientId,
            ["Marketo:ClientSecret"] = MarketoClientSecret,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        if (dataverseUrl is not null)
        {
            services.AddDataverseClient(configuration);
        }

        if (marketoUrl is not null)
        {
            services.AddMarketoClient(configuration);
        }

        return services.BuildServiceProvider();
    }
}
