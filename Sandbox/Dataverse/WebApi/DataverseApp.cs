using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using MsiDynamics.Sandbox.Dataverse.WebApi.Http;

namespace MsiDynamics.Sandbox.Dataverse.WebApi;

/// <summary>The emulator's web application: Kestrel on loopback, every request through <see cref="ApiGate"/>.</summary>
internal static class DataverseApp
{
    public static WebApplication Build(DataverseContext context)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(DataverseApp).Assembly.GetName().Name,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, context.Options.Port);
            // Kestrel's own limits sit above the emulator's, so the emulator answers 414 itself with Dataverse's
            // error body, and a $batch of 1,000 requests fits.
            kestrel.Limits.MaxRequestLineSize = 1024 * 1024;
            kestrel.Limits.MaxRequestBufferSize = 2 * 1024 * 1024;
            kestrel.Limits.MaxRequestBodySize = 256 * 1024 * 1024;
            kestrel.AddServerHeader = false;
        });

        var app = builder.Build();
        app.Run(http => ApiGate.HandleAsync(http, context));
        return app;
    }
}
