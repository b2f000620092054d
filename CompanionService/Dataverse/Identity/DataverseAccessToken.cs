namespace MsiDynamics.CompanionService.Dataverse.Identity;

/// <summary>
/// A bearer token for the Web API. The value only travels in an <c>Authorization</c> header;
/// <see cref="ToString"/> never shows it.
/// </summary>
public sealed class DataverseAccessToken
{
    public DataverseAccessToken(string value, DateTimeOffset? expiresOn)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        Value = value;
        ExpiresOn = expiresOn;
    }

    /// <summary>The bearer token. Never log it.</summary>
    public string Value { get; }

    /// <summary>When Microsoft Entra ID stops accepting it; null for a static token.</summary>
    public DateTimeOffset? ExpiresOn { get; }

    public override string ToString() => $"Dataverse access token (redacted), expires {ExpiresOn?.ToString("O") ?? "never"}";
}
