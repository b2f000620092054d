using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Http;

/// <summary>
/// The bearer token of a request and the user it stands for (dataverse.md §6 Auth, §0.12). An Entra access token
/// is a JWT whose <c>oid</c> claim is the object id of the user or application user (a systemuser's
/// <c>azureactivedirectoryobjectid</c>); every token MSAL issues for one user has the same <c>oid</c>, so a refreshed
/// token is the same caller. The emulator checks no signature: a JWT stands for its <c>oid</c>, any other
/// non-empty token for the emulator's application user.
/// </summary>
internal static class BearerToken
{
    public static string? From(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && header[Scheme.Length..].Trim() is { Length: > 0 } token
            ? token
            : null;
    }

    /// <summary>The <c>oid</c> claim of a JWT, or null for a token that is not one or has none.</summary>
    public static Guid? ObjectId(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || !Base64Url.IsValid(parts[1]))
        {
            return null;
        }

        try
        {
            var claims = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1])) as JsonObject;
            return claims?["oid"] is JsonValue oid && Guid.TryParse(oid.ToString(), out var id) ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// An unsigned JWT for the user with Entra object id <paramref name="objectId"/>, valid for an hour from
    /// <paramref name="issuedAt"/>, with a fresh <c>uti</c> (token id): two calls give two tokens of one user.
    /// </summary>
    public static string Issue(Guid objectId, DateTimeOffset issuedAt)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT" };
        var claims = new JsonObject
        {
            ["oid"] = objectId.ToString("D"),
            ["uti"] = Guid.NewGuid().ToString("N"),
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = issuedAt.AddHours(1).ToUnixTimeSeconds(),
        };
        return $"{Encode(header)}.{Encode(claims)}.";
    }

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
