using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Json;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Http;

/// <summary>
/// Every HTTP request, in order: counted; outside <c>/api/data/v9.2/</c> 404; a URL over the limit 414; no bearer
/// token 401; a token whose user the environment lacks 403; the service protection limits of that user 429 with
/// Retry-After; then, while the request counts as in flight, the injected latency and faults (429, 503, a dropped
/// connection) and finally the work (<see cref="ApiWork"/>), whose execution time is charged to the user. Every
/// answer carries <c>REQ_ID</c> and <c>x-ms-service-request-id</c> (one new GUID), an admitted one also what is left
/// of the user's budget; every error answer has Dataverse's error body (dataverse.md §6).
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

        var requestId = Guid.NewGuid().ToString("D");
        await HttpExchange.WriteAsync(http, response.With("REQ_ID", requestId).With("x-ms-service-request-id", requestId));
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

        if (BearerToken.From(http) is not { } token)
        {
            // Dataverse's 401 points the caller at the authority (WWW-Authenticate), the way MSAL discovers it.
            return ApiResponse.Error(401, ErrorCodes.Unauthorized, "The request has no bearer token: send 'Authorization: Bearer <access token>'.")
                .With("WWW-Authenticate", "Bearer authorization_uri=https://login.microsoftonline.com/common/oauth2/authorize");
        }

        if (context.UserFor(token) is not { } user)
        {
            return ApiResponse.Error(403, ErrorCodes.NotAMember, "The user is not a member of the organization.");
        }

        if (context.Protection.Admit(user, context.Time.GetUtcNow(), options) is { } refusal)
        {
            context.Traffic.CountThrottle(refusal.Code);
            return Throttled(refusal.Code, refusal.Message, refusal.RetryAfterSeconds);
        }

        context.Traffic.CountAdmitted();
        ApiResponse? answer;
        var executionTime = TimeSpan.Zero;
        try
        {
            (answer, executionTime) = await WorkAsync(http, context, user);
        }
        finally
        {
            context.Protection.Leave(user, context.Time.GetUtcNow(), executionTime);
        }

        // The debug headers Dataverse adds to every answer (dataverse.md §6 Service protection): "1,199.46" seconds.
        var (requests, time) = context.Protection.Remaining(user, context.Time.GetUtcNow(), options);
        return answer?.With("x-ms-ratelimit-burst-remaining-xrm-requests", requests.ToString(CultureInfo.InvariantCulture))
            .With("x-ms-ratelimit-time-remaining-xrm-requests", time.TotalSeconds.ToString("N2", CultureInfo.InvariantCulture));
    }

    private static async Task<(ApiResponse? Answer, TimeSpan ExecutionTime)> WorkAsync(HttpContext http, DataverseContext context, Guid user)
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
                context.Traffic.CountThrottle(ErrorCodes.RequestLimit);
                return (Throttled(ErrorCodes.RequestLimit,
                    "Number of requests exceeded the limit of 6000 over time window of 300 seconds. (injected by the emulator)",
                    Limits.Refusal.Seconds(faults.RetryAfter)), TimeSpan.Zero);
            case InjectedFault.ServiceUnavailable:
                return (ApiResponse.Error(503, ErrorCodes.Unexpected, "The service is temporarily unavailable. (injected by the emulator)"), TimeSpan.Zero);
            case InjectedFault.DropBeforeWork:
                return (null, TimeSpan.Zero);
        }

        var (answer, executionTime) = ApiWork.Run(context, await HttpExchange.ReadAsync(http, user));
        return (fault == InjectedFault.DropAfterWork ? null : answer, executionTime);
    }

    private static ApiResponse Throttled(string code, string message, int retryAfterSeconds) =>
        ApiResponse.Error(429, code, message).With("Retry-After", retryAfterSeconds.ToString(CultureInfo.InvariantCulture));
}
