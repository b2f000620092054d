using System.Text.Json.Serialization;

namespace MsiDynamics.CompanionService.Marketo.Identity;

/// <summary>
/// The identity endpoint's JSON (marketo.md §1): <c>access_token</c>, <c>token_type</c>,
/// <c>expires_in</c> (remaining seconds), <c>scope</c>; or OAuth's <c>error</c>/<c>error_description</c>.
/// </summary>
internal sealed class IdentityResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; }

    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; init; }

    /// <summary>Never shows the token.</summary>
    public override string ToString() =>
        Error is null ? $"Identity response: token (redacted), expires_in {ExpiresIn}" : $"Identity error {Error}";
}
