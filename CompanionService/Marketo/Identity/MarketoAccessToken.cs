namespace MsiDynamics.CompanionService.Marketo.Identity;

/// <summary>
/// An access token from Marketo's identity endpoint and when to stop using it. The value only ever
/// travels in an <c>Authorization: Bearer</c> header (Decision 1); <see cref="ToString"/> never shows it.
/// </summary>
public sealed class MarketoAccessToken
{
    public MarketoAccessToken(string value, DateTimeOffset expiresAt, DateTimeOffset refreshAt)
    {
        Value = value;
        ExpiresAt = expiresAt;
        RefreshAt = refreshAt;
    }

    /// <summary>The bearer token. Never log it.</summary>
    public string Value { get; }

    /// <summary>When Marketo stops accepting it (fetch time + <c>expires_in</c>).</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>When the client asks for a new one (60 s before expiry, marketo.md §1).</summary>
    public DateTimeOffset RefreshAt { get; }

    /// <summary>
    /// A token fetched at <paramref name="now"/> with <paramref name="expiresIn"/> left. Identity returns the
    /// same token with its remaining lifespan when asked early, so a token that already has less than
    /// <paramref name="margin"/> left is used until it expires rather than re-requested on every call.
    /// </summary>
    public static MarketoAccessToken Issued(string value, DateTimeOffset now, TimeSpan expiresIn, TimeSpan margin)
    {
        var expiresAt = now + expiresIn;
        var refreshAt = expiresIn > margin ? expiresAt - margin : expiresAt;
        return new MarketoAccessToken(value, expiresAt, refreshAt);
    }

    /// <summary>Whether the client should ask identity again before using this token at <paramref name="now"/>.</summary>
    public bool NeedsRefresh(DateTimeOffset now) => now >= RefreshAt;

    public override string ToString() => $"Marketo access token (redacted), expires {ExpiresAt:O}";
}
