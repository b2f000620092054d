using Microsoft.AspNetCore.Builder;
using MsiDynamics.Emulators.Kit.Hosting;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;

namespace MsiDynamics.Emulators.Dataverse.WebApi;

/// <summary>The emulator's web application: Kestrel on loopback, every request through <see cref="ApiGate"/>.</summary>
internal static class DataverseApp
{
    public static WebApplication Build(DataverseContext context)
    {
        var builder = LoopbackApp.CreateBuilder(context.Options.Port, limits =>
        {
            // Kestrel's own limits sit above the emulator's, so the emulator answers 414 itself with Dataverse's
            // error body, and a $batch of 1,000 requests fits.
            limits.MaxRequestLineSize = 1024 * 1024;
            limits.MaxRequestBufferSize = 2 * 1024 * 1024;
            limits.MaxRequestBodySize = 256 * 1024 * 1024;
        });

        var app = builder.Build();
        app.Run(http => ApiGate.HandleAsync(http, context));
        return app;
    }
}
