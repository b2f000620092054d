namespace MsiDynamics.CompanionService.Dataverse.Identity;

/// <summary>
/// What a token source produced: a token, or a failure a person can act on (naming the settings to
/// check, never their values) and whether trying again later may help.
/// </summary>
/// <param name="Token">The token; null on failure.</param>
/// <param name="Failure">Why there is no token; null on success. Never contains a secret.</param>
/// <param name="Transient">True when the identity service was unreachable or busy, not refusing.</param>
public sealed record DataverseTokenResult(DataverseAccessToken? Token, string? Failure, bool Transient)
{
    public static DataverseTokenResult Issued(DataverseAccessToken token) => new(token, null, false);

    public static DataverseTokenResult Refused(string failure) => new(null, failure, false);

    public static DataverseTokenResult Unavailable(string failure) => new(null, failure, true);
}
