using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Hosting;

namespace MsiDynamics.Sandbox.Hosting;

/// <summary>
/// The worker, wired by <see cref="MsiWorkerServiceCollectionExtensions.AddMsiWorker"/> as in production, pointed at
/// the emulators: for the demo and the benchmarks. The emulators take any bearer token and these credentials, so the
/// sandbox supplies its own token source through the worker's seam instead of an app registration.
/// </summary>
public static class SandboxWorker
{
    /// <summary>The Marketo credentials the sandbox's worker sends; start the Marketo emulator with them.</summary>
    public const string MarketoClientId = "sandbox-client";

    /// <inheritdoc cref="MarketoClientId"/>
    public const string MarketoClientSecret = "sandbox-secret";

    /// <summary>How often the sandbox's worker looks at Marketo's activity stream when it keeps running (the product's default is a minute).</summary>
    public static readonly TimeSpan WriteBackInterval = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The worker's services against the emulators at <paramref name="dataverseUrl"/> and <paramref name="marketoUrl"/>,
    /// every other option at its default; <paramref name="holder"/> names this instance's drain lease holder, so several
    /// can share one queue. <paramref name="settings"/> replaces or adds settings (e.g. other Marketo credentials), and
    /// <paramref name="configure"/> runs after <c>AddMsiWorker</c>, so a test can replace a service (the token source) or add
    /// logging providers and HTTP handlers.
    /// </summary>
    public static ServiceProvider Build(
        Uri? dataverseUrl,
        Uri? marketoUrl,
        TimeProvider? time = null,
        string? holder = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = dataverseUrl?.ToString(),
            ["Marketo:BaseUrl"] = marketoUrl?.ToString(),
            ["Marketo:ClientId"] = MarketoClientId,
            ["Marketo:ClientSecret"] = MarketoClientSecret,
            ["WriteBack:Interval"] = WriteBackInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (holder is not null)
        {
            values["DrainLease:Holder"] = holder;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSingleton<IDataverseTokenSource, SandboxTokenSource>();
        services.AddMsiWorker(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
