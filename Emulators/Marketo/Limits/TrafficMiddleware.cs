using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The outermost step of every call: counts it in <see cref="MarketoTraffic"/> as it arrives (REST calls
/// also in flight and in the sliding window) and, when it ends, the code it was answered with.
/// </summary>
internal static class TrafficMiddleware
{
    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var context = http.RequestServices.GetRequiredService<MarketoContext>();
        var rest = MarketoContext.IsRest(http.Request.Path);
        context.Traffic.CallStarted(rest, context.Time.GetUtcNow(), context.Options.RateWindow);
        try
        {
            await next(http);
        }
        finally
        {
            context.Traffic.CallEnded(rest, http.Items[MarketoResponse.CodeItem] as string);
        }
    }
}
