using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Hosting;
using OpenTelemetry.Metrics;

namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// Builds the worker's Generic Host: configuration from <c>appsettings.json</c> beside the executable, environment
/// variables (<c>Dataverse__ClientSecret</c>) and the command line (<c>--Drain:IdleInterval=00:00:30</c>); every option
/// section validated at start; Windows service and systemd integration (inactive elsewhere); metrics; and, for
/// <c>run</c> with <c>Endpoints:Enabled</c>, Kestrel serving the endpoints.
/// </summary>
internal static class WorkerHost
{
    /// <summary>The host of <c>run</c>: the drain as a background service, with the endpoints unless disabled.</summary>
    public static IHost BuildRun(string[] args, Action<IHostApplicationBuilder>? customize = null)
    {
        var web = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var endpoints = web.Configuration.GetSection(EndpointsOptions.SectionName).Get<EndpointsOptions>() ?? new EndpointsOptions();
        if (!endpoints.Enabled)
        {
            var plain = Configure(Host.CreateApplicationBuilder(Settings(args)), serveEndpoints: false, customize);
            plain.Services.AddHostedService<DrainWorker>();
            return plain.Build();
        }

        web.WebHost.UseUrls(endpoints.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Configure(web, serveEndpoints: true, customize);
        web.Services.AddHostedService<DrainWorker>();
        var app = web.Build();
        var telemetry = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        app.MapWorkerEndpoints(telemetry.Prometheus, telemetry.PrometheusPath);
        return app;
    }

    /// <summary>The host of <c>drain --once</c>: no endpoints, no background service; the command drives the runner.</summary>
    public static IHost BuildDrainOnce(string[] args, Action<IHostApplicationBuilder>? customize = null) =>
        Configure(Host.CreateApplicationBuilder(Settings(args)), serveEndpoints: false, customize).Build();

    private static HostApplicationBuilderSettings Settings(string[] args) => new() { Args = args, ContentRootPath = AppContext.BaseDirectory };

    private static T Configure<T>(T builder, bool serveEndpoints, Action<IHostApplicationBuilder>? customize)
        where T : IHostApplicationBuilder
    {
        var services = builder.Services;
        services.AddWindowsService();
        services.AddSystemd();

        // A stop finishes the cycle in hand before the lease is released: allow it the lease's lifetime. Read from the
        // configuration, not the validated options, so that invalid settings are all reported by the start-up validation.
        var lease = builder.Configuration.GetSection(DrainLeaseOptions.SectionName).Get<DrainLeaseOptions>() ?? new DrainLeaseOptions();
        services.Configure<HostOptions>(host => host.ShutdownTimeout = lease.Lifetime > TimeSpan.Zero ? lease.Lifetime : host.ShutdownTimeout);

        // The request line of /wake may carry the key as ?code=…: the hosting layer's request logs never run.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        services.AddMsiWorker(builder.Configuration);
        services.AddOptions<DrainLeaseOptions>().ValidateOnStart();
        services.AddOptions<EndpointsOptions>().Bind(builder.Configuration.GetSection(EndpointsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EndpointsOptions>, EndpointsOptionsValidator>();
        services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        if (serveEndpoints)
        {
            services.AddWorkerEndpoints();
        }

        var telemetry = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(WorkerMetrics.MeterName);
            if (telemetry.OtlpEndpoint is { IsAbsoluteUri: true } otlp)
            {
                metrics.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
            }

            if (serveEndpoints && telemetry.Prometheus)
            {
                metrics.AddPrometheusExporter();
            }
        });

        customize?.Invoke(builder);
        return builder;
    }
}
