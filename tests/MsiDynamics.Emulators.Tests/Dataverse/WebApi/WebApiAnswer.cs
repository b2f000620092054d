using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>One answer of the emulator as it came over the wire: status, headers (content headers included), body.</summary>
internal sealed record WebApiAnswer(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonObject Json => (JsonObject)JsonNode.Parse(Body)!;

    /// <summary>error.code of Dataverse's error body.</summary>
    public string? ErrorCode => Json["error"]?["code"]?.GetValue<string>();

    /// <summary>error.message of Dataverse's error body.</summary>
    public string? ErrorMessage => Json["error"]?["message"]?.GetValue<string>();

    public JsonArray Value => Json["value"]!.AsArray();

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public static async Task<WebApiAnswer> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            {
                headers[name] = string.Join(", ", values);
            }

            return new WebApiAnswer((int)response.StatusCode, headers, await response.Content.ReadAsStringAsync());
        }
    }

    public override string ToString() => $"{Status} {Body}";
}
