using System.Text.Json;
using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// A REST call as Marketo sees it: the effective method (a POST with <c>_method=GET</c> or
/// <c>_method=DELETE</c> is that method, marketo.md §3.4, §3.6, §6), the query and form parameters
/// merged, and the JSON body.
/// </summary>
internal sealed class MarketoRequest
{
    private readonly IReadOnlyDictionary<string, List<string>> _parameters;

    public MarketoRequest(string method, string path, IReadOnlyDictionary<string, List<string>> parameters, JsonObject? json)
    {
        Method = method;
        Path = path;
        _parameters = parameters;
        Json = json;
    }

    /// <summary>The effective HTTP method, upper case.</summary>
    public string Method { get; }

    public string Path { get; }

    /// <summary>The JSON body, when the call sent one.</summary>
    public JsonObject? Json { get; }

    /// <summary>The <c>input</c> array of a JSON body, or null.</summary>
    public JsonArray? Input => Json?["input"] as JsonArray;

    /// <summary>"METHOD /path": the key of <see cref="MarketoTraffic.RecordsByEndpoint"/>.</summary>
    public string Endpoint => $"{Method} {Path}";

    /// <summary>Whether the parameter was sent at all (in the query string or a form body).</summary>
    public bool HasParameter(string name) => _parameters.ContainsKey(name);

    /// <summary>A query/form parameter, else a string member of the JSON body; null when absent or empty.</summary>
    public string? Param(string name)
    {
        if (_parameters.TryGetValue(name, out var values) && values.Count > 0 && values[0].Length > 0)
        {
            return values[0];
        }

        return Json?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;
    }

    /// <summary>
    /// A list parameter: comma-separated and/or repeated in the query or form (DEV paging-tokens.md shows
    /// both), or a JSON array of values.
    /// </summary>
    public IReadOnlyList<string> List(string name)
    {
        if (_parameters.TryGetValue(name, out var values))
        {
            return values
                .SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .ToList();
        }

        if (Json?[name] is JsonArray array)
        {
            return array.Select(FieldValues.Text).OfType<string>().ToList();
        }

        return Param(name) is { } single
            ? single.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];
    }
}
