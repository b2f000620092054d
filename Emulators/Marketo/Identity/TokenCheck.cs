using Microsoft.AspNetCore.Http;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Checks the access token of a REST call (marketo.md §1). The token travels only in
/// <c>Authorization: Bearer</c>: an <c>access_token</c> query or form parameter is refused with 601 unless
/// <see cref="MarketoEmulatorOptions.AllowQueryStringToken"/> — Marketo announced its removal for
/// 2026-08-31. An unknown token is 601; an expired one 602 once, then 601; no token at all as
/// <see cref="MarketoEmulatorOptions.MissingToken"/> says (UNCERTAIN).
/// </summary>
internal static class TokenCheck
{
    public const string QueryParameter = "access_token";

    /// <summary>The refusal to answer, or null when the token is valid; <paramref name="user"/> is the token's API user.</summary>
    public static MarketoResponse? Check(HttpContext http, MarketoContext context, MarketoRequest request, out string? user)
    {
        user = null;
        var options = context.Options;
        if (request.HasParameter(QueryParameter) && !options.AllowQueryStringToken)
        {
            return Refuse(context, MarketoErrors.TokenInvalid,
                "Access token invalid: the access_token query and form parameter is no longer supported; send the token in the Authorization: Bearer header");
        }

        var token = BearerToken(http) ?? (options.AllowQueryStringToken ? request.Param(QueryParameter) : null);
        if (string.IsNullOrEmpty(token) && options.MissingToken != MarketoMissingTokenAnswer.Code601)
        {
            return options.MissingToken == MarketoMissingTokenAnswer.Code600
                ? Refuse(context, MarketoErrors.TokenEmpty, MarketoErrors.MessageFor(MarketoErrors.TokenEmpty))
                : MarketoResponse.Http(StatusCodes.Status401Unauthorized, "Unauthorized");
        }

        return context.Tokens.Validate(token, context.Time.GetUtcNow(), out user) switch
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
