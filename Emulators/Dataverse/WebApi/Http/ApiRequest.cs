using System.Text;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Http;

/// <summary>
/// One Web API request, whether it came over HTTP or as a part of a <c>$batch</c>: method, the path below the
/// service root (<c>leads(…)</c>), the query options in order, headers, body, and the user it runs as.
/// </summary>
internal sealed class ApiRequest
{
    public required string Method { get; init; }

    /// <summary>The resource path below <c>/api/data/v9.2/</c>, percent-decoded, without a leading slash.</summary>
    public required string Path { get; init; }

    /// <summary>Query options as sent, decoded, in order (parameter aliases such as <c>@p1</c> included).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public byte[] Body { get; init; } = [];

    /// <summary>The systemuser the request runs as: the one its bearer token stands for.</summary>
    public Guid UserId { get; init; }

    /// <summary>
    /// "&lt;scheme&gt;://&lt;host&gt;/api/data/v9.2/" as the caller addressed it (its Host header), the base of the absolute
    /// URLs in the answer (nextLink, OData-EntityId): Dataverse answers on the organisation URL the caller used, and a
    /// client may refuse a link to any other host. Null: the emulator's own <see cref="DataverseContext.WebApiUrl"/>.
    /// </summary>
    public Uri? ServiceRoot { get; init; }

    /// <summary>The entitlement operations of the HTTP request this is, or is a <c>$batch</c> part of.</summary>
    public Limits.OperationMeter Meter { get; init; } = new();

    /// <summary>True for a part of a <c>$batch</c> (counted in <see cref="DataverseTraffic.InnerRequests"/>).</summary>
    public bool IsBatchPart { get; init; }

    /// <summary>Inside a change set: the path of the row each earlier request with a Content-ID created, for <c>$n</c>.</summary>
    public IReadOnlyDictionary<string, string> ContentIds { get; init; } = new Dictionary<string, string>();

    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The value of a query option (last one wins), or null when absent.</summary>
    public string? Option(string name)
    {
        string? found = null;
        foreach (var (key, value) in Query)
        {
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                found = value;
            }
        }

        return found;
    }

    public static IReadOnlyDictionary<string, string> HeaderSet(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var set = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            set[name] = set.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
        }

        return set;
    }
}
