using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Service;

namespace MsiDynamics.CompanionService.Tests.Service;

/// <summary>The worker's endpoints as the host maps them, served in memory, over a runner activity the test sets.</summary>
internal sealed class EndpointsServer : IAsyncDisposable
{
    public const string Key = "wake-key-0123456789abcdef";

    private readonly WebApplication _app;

    private EndpointsServer(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public FakeTimeProvider Time => (FakeTimeProvider)_app.Services.GetRequiredService<TimeProvider>();

    public DrainActivity Activity => _app.Services.GetRequiredService<DrainActivity>();

    public WakeSignal Wake => _app.Services.GetRequiredService<WakeSignal>();

    /// <summary>Starts the endpoints with <paramref name="settings"/> (section <c>Endpoints</c>) over the defaults and <see cref="Key"/>.</summary>
    public static async Task<EndpointsServer> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?> { ["Endpoints:WakeKey"] = Key, ["Endpoints:WakePermitLimit"] = "3", ["Endpoints:WakeWindow"] = "01:00:00" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(RunnerLoopback.Start));
        builder.Services.AddSingleton<DrainActivity>();
        builder.Services.AddSingleton<WakeSignal>();
        builder.Services.AddOptions<EndpointsOptions>().Bind(builder.Configuration.GetSection(EndpointsOptions.SectionName));
        builder.Services.AddSingleton<IValidateOptions<EndpointsOptions>, EndpointsOptionsValidator>();
        builder.Services.AddWorkerEndpoints();
        var app = builder.Build();
        app.MapWorkerEndpoints(prometheus: false, "/metrics");
        await app.StartAsync();
        return new EndpointsServer(app, app.GetTestClient());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
