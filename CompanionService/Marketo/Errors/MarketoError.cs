using System.Text.Json;
using System.Text.Json.Serialization;

namespace MsiDynamics.CompanionService.Marketo.Errors;

/// <summary>
/// One entry of an envelope's <c>errors[]</c> or a result's <c>reasons[]</c>:
/// <c>{"code":"601","message":"Access token invalid"}</c>. The code is a quoted string on the wire
/// (marketo.md §2); a bare number is accepted too.
/// </summary>
public sealed class MarketoError
{
    /// <summary>The code as sent: usually a JSON string, tolerated as a number.</summary>
    [JsonPropertyName("code")]
    public JsonElement RawCode { get; init; }

    /// <summary>Marketo's message, e.g. "Max rate limit '100' exceeded with in '20' secs".</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>The code as text ("606"), or null when absent.</summary>
    [JsonIgnore]
    public string? Code => RawCode.ValueKind switch
    {
        JsonValueKind.String => RawCode.GetString(),
        JsonValueKind.Number => RawCode.GetRawText(),
        _ => null,
    };

    public override string ToString() => $"{Code} {Message}";
}
