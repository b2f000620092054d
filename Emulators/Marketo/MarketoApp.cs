using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.Emulators.Kit.Hosting;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>The emulator's web application: Kestrel on loopback, the two middleware steps and the endpoints.</summary>
internal static class MarketoApp
{
    public static WebApplication Build(MarketoContext context)
    {
        var builder = LoopbackApp.CreateBuilder(context.Options.Port, limits =>
        {
            // Kestrel's own limits sit above Marketo's, so the emulator answers 413/414 itself, as Marketo
            // does (marketo.md §5.1), and counts them.
            limits.MaxRequestLineSize = 64 * 1024;
            limits.MaxRequestBufferSize = 2 * 1024 * 1024;
            limits.MaxRequestBodySize = 16 * 1024 * 1024;
        });
        builder.Services.AddSingleton(context);

        var app = builder.Build();
        app.Use(TrafficMiddleware.InvokeAsync);
        app.Use(CallGuard.InvokeAsync);
        IdentityEndpoints.Map(app);
        ObjectEndpoints.Map(app);
        LeadEndpoints.Map(app);
        ActivityEndpoints.Map(app);
        UsageEndpoints.Map(app);
        MarketoRoutes.MapNotFound(app);
        return app;
    }
}
