using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MsiDynamics.Emulators.Kit.Hosting;

/// <summary>What both emulators share: a quiet Kestrel app on a loopback port, and starting it to learn its URL.</summary>
public static class LoopbackApp
{
    /// <summary>A slim builder listening on 127.0.0.1:<paramref name="port"/> (0 = a free port), no logging, no server header.</summary>
    public static WebApplicationBuilder CreateBuilder(int port, Action<KestrelServerLimits> limits)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(LoopbackApp).Assembly.GetName().Name,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            limits(kestrel.Limits);
            kestrel.AddServerHeader = false;
        });
        return builder;
    }

    /// <summary>Starts <paramref name="app"/> (disposing it if that fails) and returns "http://127.0.0.1:&lt;port&gt;/".</summary>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri($"http://127.0.0.1:{new Uri(address).Port}/");
    }
}
