namespace MsiDynamics.CompanionService.Marketo.Identity;

/// <summary>What one request to the identity endpoint produced: a token, or the HTTP status that refused it.</summary>
/// <param name="Token">The token, when the request succeeded.</param>
/// <param name="HttpStatus">The HTTP status, or 0 when no response arrived.</param>
/// <param name="Error">The OAuth error string (e.g. "invalid_client"), never the credentials.</param>
public sealed record IdentityResult(MarketoAccessToken? Token, int HttpStatus, string? Error);
