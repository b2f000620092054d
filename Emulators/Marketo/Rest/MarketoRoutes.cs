using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Maps a Marketo path for every HTTP method and dispatches on the effective method, so a method the path
/// does not support answers 605 "Request method 'POST' not supported" in the envelope (marketo.md
/// §2, §5.2), and an unknown path 610 (§5.2).
/// </summary>
internal static class MarketoRoutes
{
    private static readonly string[] AnyMethod = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    public static void Map(IEndpointRouteBuilder app, string pattern, params Route[] routes)
    {
        RequestDelegate handler = http => Dispatch(http, routes).ExecuteAsync(http);
        app.MapMethods(pattern, AnyMethod, handler);
    }

    public static Route Get(Func<MarketoCall, MarketoResponse> handle) => new("GET", handle);

    public static Route Post(Func<MarketoCall, MarketoResponse> handle) => new("POST", handle);

    public static Route Delete(Func<MarketoCall, MarketoResponse> handle) => new("DELETE", handle);

    /// <summary>610 for any path the emulator does not serve.</summary>
    public static void MapNotFound(WebApplication app)
    {
        RequestDelegate handler = http => MarketoCall.For(http).Fail(MarketoErrors.NotFound).ExecuteAsync(http);
        // The default fallback pattern skips paths that look like files ("*.json"); Marketo's all do.
        app.MapFallback("{**path}", handler);
    }

    private static MarketoResponse Dispatch(HttpContext http, Route[] routes)
    {
        var call = MarketoCall.For(http);

        // The API-only user's role lacks the permission for this API (marketo.md §5.2: 603 Access denied).
        if (call.Context.Options.DeniedPaths.Any(p => call.Request.Path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            return call.Fail(MarketoErrors.AccessDenied);
        }

        foreach (var route in routes)
        {
            if (route.Method == call.Request.Method)
            {
                return route.Handle(call);
            }
        }

        return call.Fail(MarketoErrors.MethodNotSupported, $"Request method '{call.Request.Method}' not supported");
    }

    /// <summary>A handler for one effective method of a path.</summary>
    public sealed record Route(string Method, Func<MarketoCall, MarketoResponse> Handle);
}
