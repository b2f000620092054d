using Microsoft.AspNetCore.Http;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Checks the access token of a REST call (marketo.md §1). The token travels only in
/// <c>Authorization: Bearer</c>: an <c>access_token</c> query or form parameter is refused with 601 unless
/// <see cref="MarketoEmulatorOptions.AllowQueryStringToken"/> — Marketo announced its removal for
/// 2026-08-31. An unknown token is 601; an expired one 602 once, then 601.
/// </summary>
internal static class TokenCheck
{
    public const string QueryParameter = "access_token";

    /// <summary>The refusal to answer, or null when the token is valid.</summary>
    public static MarketoResponse? Check(HttpContext http, MarketoContext context, MarketoRequest request)
    {
        var options = context.Options;
        if (request.HasParameter(QueryParameter) && !options.AllowQueryStringToken)
        {
            return Refuse(context, MarketoErrors.TokenInvalid,
                "Access token invalid: the access_token query and form parameter is no longer supported; send the token in the Authorization: Bearer header");
        }

        var token = BearerToken(http) ?? (options.AllowQueryStringToken ? request.Param(QueryParameter) : null);
        return context.Tokens.Validate(token, context.Time.GetUtcNow()) switch
        {
            TokenIssuer.Status.Valid => null,
            TokenIssuer.Status.Expired => Refuse(context, MarketoErrors.TokenExpired, MarketoErrors.MessageFor(MarketoErrors.TokenExpired)),
            _ => Refuse(context, MarketoErrors.TokenInvalid, MarketoErrors.MessageFor(MarketoErrors.TokenInvalid)),
        };
    }

    private static string? BearerToken(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    private static MarketoResponse Refuse(MarketoContext context, string code, string message) =>
        MarketoResponse.Json(context.Envelope.Failure(code, message));
}
