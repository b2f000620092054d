using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// The worker's HTTP surface: <c>GET /health</c> (200 or 503 with classes only), <c>POST /wake</c> (a cycle at once;
/// the body, Dataverse's execution context, is never read) behind its key and a fixed-window rate limit, and the
/// Prometheus scrape when <c>Telemetry:Prometheus</c> is on.
/// </summary>
internal static class WorkerEndpoints
{
    /// <summary>The rate-limiter policy of <c>/wake</c>.</summary>
    public const string WakePolicy = "wake";

    /// <summary>Registers the rate limiter the endpoints use.</summary>
    public static IServiceCollection AddWorkerEndpoints(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(WakePolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<EndpointsOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(WakePolicy, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.WakePermitLimit,
                    Window = options.WakeWindow,
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    /// <summary>Maps the endpoints on <paramref name="app"/>; <c>/wake</c> only when <c>Endpoints:WakeKey</c> is set.</summary>
    public static void MapWorkerEndpoints(this WebApplication app, bool prometheus, string prometheusPath)
    {
        var options = app.Services.GetRequiredService<IOptions<EndpointsOptions>>().Value;
        app.UseRateLimiter();
        app.MapGet("/health", (DrainActivity activity, TimeProvider time) =>
        {
            var report = WorkerHealth.Judge(activity, options.HealthStaleAfter, time.GetUtcNow());
            return Results.Json(report, statusCode: report.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });

        if (!string.IsNullOrEmpty(options.WakeKey))
        {
            var key = new WakeKey(options.WakeKey, options.WakeKeyHeader);
            app.MapPost("/wake", (HttpRequest request, WakeSignal wake, ILogger<WakeSignal> logger) =>
            {
                if (!key.Admits(request))
                {
                    ServiceLog.WakeRefused(logger);
                    return Results.Unauthorized();
                }

                wake.Raise();
                return Results.Accepted();
            }).RequireRateLimiting(WakePolicy);
        }

        if (prometheus)
        {
            app.MapPrometheusScrapingEndpoint(prometheusPath);
        }
    }
}
