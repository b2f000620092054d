using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MsiDynamics.Sandbox.Marketo;

/// <summary>The emulator's web application: Kestrel on loopback, the two middleware steps and the endpoints.</summary>
internal static class MarketoApp
{
    public static WebApplication Build(MarketoContext context)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(MarketoApp).Assembly.GetName().Name,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, context.Options.Port);
            // Kestrel's own limits sit above Marketo's, so the emulator answers 413/414 itself, as Marketo
            // does (specs/marketo.md §5.1), and counts them.
            kestrel.Limits.MaxRequestLineSize = 64 * 1024;
            kestrel.Limits.MaxRequestBufferSize = 2 * 1024 * 1024;
            kestrel.Limits.MaxRequestBodySize = 16 * 1024 * 1024;
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddSingleton(context);

        var app = builder.Build();
        app.Use(TrafficMiddleware.InvokeAsync);
        app.Use(CallGuard.InvokeAsync);
        IdentityEndpoints.Map(app);
        ObjectEndpoints.Map(app);
        LeadEndpoints.Map(app);
        ActivityEndpoints.Map(app);
        MarketoRoutes.MapNotFound(app);
        return app;
    }
}
