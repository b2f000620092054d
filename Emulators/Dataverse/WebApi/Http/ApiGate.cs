using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Json;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Http;

/// <summary>
/// Every HTTP request, in order: counted; outside <c>/api/data/v9.2/</c> 404; a URL over the limit 414; no bearer
/// token 401; the service protection limits 429 with Retry-After; then, while the request counts as in flight,
/// the injected latency and faults (429, 503, a dropped connection) and finally the work (<see cref="ApiRouter"/>).
/// Every error answer has Dataverse's error body (dataverse.md §6).
/// </summary>
internal static class ApiGate
{
    public static async Task HandleAsync(HttpContext http, DataverseContext context)
    {
        context.Traffic.RequestStarted();
        if (await AnswerAsync(http, context) is not { } response)
        {
            // An injected drop: no answer at all.
            context.Traffic.RequestDropped();
            http.Abort();
            return;
        }

        await HttpExchange.WriteAsync(http, response);
        context.Traffic.RequestEnded(response.Status);
    }

    private static async Task<ApiResponse?> AnswerAsync(HttpContext http, DataverseContext context)
    {
        var options = context.Options;
        var path = http.Request.Path.Value ?? string.Empty;
        if (!(path + "/").StartsWith(ResourceReference.ServiceRoot, StringComparison.OrdinalIgnoreCase))
        {
            return FaultTable.Answer(ApiException.ResourceNotFound(path.TrimStart('/')));
        }

        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? path;
        if (target.Length > options.MaxUrlLength)
        {
            return ApiResponse.Error(414, ErrorCodes.ODataValidation,
                $"The request URL is {target.Length} characters long; the limit is {options.MaxUrlLength}. Send long queries inside a $batch.");
        }

        if (BearerToken(http) is not { } caller)
        {
            // Dataverse's 401 points the caller at the authority (WWW-Authenticate), the way MSAL discovers it.
            return ApiResponse.Error(401, ErrorCodes.Unauthorized, "The request has no bearer token: send 'Authorization: Bearer <access token>'.")
                .With("WWW-Authenticate", "Bearer authorization_uri=https://login.microsoftonline.com/common/oauth2/authorize");
        }

        if (context.Protection.Admit(caller, context.Time.GetUtcNow(), options, out var remaining) is { } refusal)
        {
            return Throttled(refusal.Code, refusal.Message, refusal.RetryAfterSeconds);
        }

        try
        {
            // The debug header Dataverse adds to every answer (dataverse.md §6 Service protection).
            return (await WorkAsync(http, context))
                ?.With("x-ms-ratelimit-burst-remaining-xrm-requests", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            context.Protection.Leave(caller);
        }
    }

    private static async Task<ApiResponse?> WorkAsync(HttpContext http, DataverseContext context)
    {
        var faults = context.Options.Faults;
        var fault = context.Faults.Draw(faults);
        if (faults.Latency > TimeSpan.Zero)
        {
            await Task.Delay(faults.Latency, context.Time, http.RequestAborted);
        }

        switch (fault)
        {
            case InjectedFault.Throttle:
                return Throttled(ErrorCodes.RequestLimit,
                    "Number of requests exceeded the limit of 6000 over time window of 300 seconds. (injected by the emulator)",
                    Limits.Refusal.Seconds(faults.RetryAfter));
            case InjectedFault.ServiceUnavailable:
                return ApiResponse.Error(503, ErrorCodes.Unexpected, "The service is temporarily unavailable. (injected by the emulator)");
            case InjectedFault.DropBeforeWork:
                return null;
        }

        var answer = ApiRouter.Answer(context, await HttpExchange.ReadAsync(http, context.ApplicationUserId));
        return fault == InjectedFault.DropAfterWork ? null : answer;
    }

    private static ApiResponse Throttled(string code, string message, int retryAfterSeconds) =>
        ApiResponse.Error(429, code, message).With("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string? BearerToken(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && header[Scheme.Length..].Trim() is { Length: > 0 } token
            ? token
            : null;
    }
}
