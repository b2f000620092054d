using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// <c>GET</c> or <c>POST /identity/oauth/token?grant_type=client_credentials&amp;client_id&amp;client_secret</c>
/// → <c>{access_token, token_type:"bearer", expires_in, scope}</c>; HTTP 401 with an OAuth-style body
/// <c>{error, error_description}</c> for a wrong pair (marketo.md §1; the exact strings are UNCERTAIN,
/// PY accepts "unauthorized" or "invalid_client").
/// </summary>
internal static class IdentityEndpoints
{
    public const string Path = "/identity/oauth/token";

    public static void Map(IEndpointRouteBuilder app)
    {
        MarketoRoutes.Map(app, Path, MarketoRoutes.Get(Token), MarketoRoutes.Post(Token));
    }

    private static MarketoResponse Token(MarketoCall call)
    {
        var options = call.Context.Options;
        if (call.Request.Param("grant_type") != "client_credentials")
        {
            return OAuthError(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Unsupported grant type; use client_credentials");
        }

        var clientId = call.Request.Param("client_id");
        var clientSecret = call.Request.Param("client_secret");
        var accepted = options.ClientId is null && options.ClientSecret is null
            ? clientId is not null
            : clientId == options.ClientId && clientSecret == options.ClientSecret;
        if (!accepted)
        {
            return OAuthError(StatusCodes.Status401Unauthorized, "invalid_client", "Bad client credentials");
        }

        // Tokens belong to the custom service: "Use the Client Id as a key to manage each token" (§1).
        var (token, expiresIn) = call.Context.Tokens.Issue(clientId!, call.Now, options.TokenLifetime);
        return MarketoResponse.Identity(
            new JsonObject
            {
                ["access_token"] = token,
                ["token_type"] = "bearer",
                ["expires_in"] = expiresIn,
                ["scope"] = TokenIssuer.UserOf(clientId!),
            },
            StatusCodes.Status200OK);
    }

    private static MarketoResponse OAuthError(int status, string error, string description) =>
        MarketoResponse.Identity(new JsonObject { ["error"] = error, ["error_description"] = description }, status);
}
