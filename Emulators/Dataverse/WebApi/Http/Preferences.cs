namespace MsiDynamics.Emulators.Dataverse.WebApi.Http;

/// <summary>
/// The <c>Prefer</c> header of one request (several headers or comma-separated values): <c>return=representation</c>,
/// <c>odata.maxpagesize=N</c>, <c>odata.include-annotations="…"</c>, <c>odata.continue-on-error</c>
/// (dataverse.md §6).
/// </summary>
internal sealed class Preferences
{
    private readonly string[] _annotationPatterns;

    private Preferences(string? header)
    {
        var annotations = new List<string>();
        foreach (var raw in Split(header ?? string.Empty))
        {
            var (name, value) = NameValue(raw);
            switch (name.ToLowerInvariant())
            {
                case "return" when value.Equals("representation", StringComparison.OrdinalIgnoreCase):
                    ReturnRepresentation = true;
                    break;
                case "odata.maxpagesize" when int.TryParse(value, out var size) && size > 0:
                    MaxPageSize = size;
                    break;
                case "odata.include-annotations":
                    IncludeAnnotations = value;
                    annotations.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "odata.continue-on-error":
                    ContinueOnError = true;
                    break;
            }
        }

        _annotationPatterns = [.. annotations];
    }

    public bool ReturnRepresentation { get; }

    public int? MaxPageSize { get; }

    public bool ContinueOnError { get; }

    /// <summary>The include-annotations value as sent (without quotes), for Preference-Applied; null if absent.</summary>
    public string? IncludeAnnotations { get; }

    public static Preferences Of(ApiRequest request) => new(request.Header("Prefer"));

    /// <summary>
    /// Whether an annotation such as "OData.Community.Display.V1.FormattedValue" was asked for: by name, or by a
    /// pattern ending in '*' ("*", "Microsoft.PowerApps.CDS.ErrorDetails.*", "Microsoft.PowerApps.CDS.ErrorDetails*").
    /// </summary>
    public bool Wants(string annotation) => _annotationPatterns.Any(pattern =>
        string.Equals(pattern, annotation, StringComparison.Ordinal)
        || (pattern.EndsWith('*') && annotation.StartsWith(pattern[..^1], StringComparison.Ordinal)));

    private static IEnumerable<string> Split(string header)
    {
        // Commas separate preferences, except inside a quoted include-annotations list.
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= header.Length; i++)
        {
            if (i < header.Length && header[i] == '"')
            {
                quoted = !quoted;
            }
            else if (i == header.Length || (header[i] == ',' && !quoted))
            {
                var part = header[start..i].Trim();
                if (part.Length > 0)
                {
                    yield return part;
                }

                start = i + 1;
            }
        }
    }

    private static (string Name, string Value) NameValue(string preference)
    {
        var equals = preference.IndexOf('=', StringComparison.Ordinal);
        return equals < 0
            ? (preference, string.Empty)
            : (preference[..equals].Trim(), preference[(equals + 1)..].Trim().Trim('"'));
    }
}
