namespace MsiDynamics.Emulators.Dataverse.WebApi.Http;

/// <summary>
/// Splits a raw query string the way the service does: on '&amp;' and the first '=', then percent-decoding each
/// side, so an encoded '&amp;' (%26) or '=' inside a value stays in the value (dataverse.md §6, filter-rows
/// "URL encode special characters"). '+' decodes to a space, as in any form-encoded query.
/// </summary>
internal static class UrlQuery
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string? raw)
    {
        var options = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrEmpty(raw))
        {
            return options;
        }

        foreach (var pair in raw.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            options.Add(new(Decode(name), Decode(value)));
        }

        return options;
    }

    /// <summary>Splits "path?query" into its two parts; the query part is null when there is none.</summary>
    public static (string Path, string? Query) SplitUrl(string url)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? (url, null) : (url[..question], url[(question + 1)..]);
    }

    /// <summary>Encodes a value for a query string: everything but unreserved characters and OData's punctuation.</summary>
    public static string Encode(string value) => Uri.EscapeDataString(value)
        .Replace("%24", "$", StringComparison.Ordinal)
        .Replace("%2C", ",", StringComparison.Ordinal)
        .Replace("%28", "(", StringComparison.Ordinal)
        .Replace("%29", ")", StringComparison.Ordinal);

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
