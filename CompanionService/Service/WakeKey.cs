using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// The check of a <c>/wake</c> request's key: the header <see cref="EndpointsOptions.WakeKeyHeader"/> (a webhook
/// registered as HttpHeader) or else the query parameter <c>code</c> (one registered as WebhookKey), compared with the
/// configured key in constant time. Both are hashed first, so the time taken says nothing of the key's length either.
/// </summary>
internal sealed class WakeKey(string expected, string header)
{
    /// <summary>The query parameter a WebhookKey registration sends the key in.</summary>
    public const string QueryParameter = "code";

    private readonly byte[] _expected = SHA256.HashData(Encoding.UTF8.GetBytes(expected));

    public bool Admits(HttpRequest request)
    {
        var given = request.Headers[header].ToString();
        if (given.Length == 0)
        {
            given = request.Query[QueryParameter].ToString();
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        return given.Length > 0 && CryptographicOperations.FixedTimeEquals(hash, _expected);
    }
}
