namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// Dataverse could not be read in the middle of a cycle's stages (an outage, throttling past the retries): the cycle
/// stops with every row it has not settled left due. Carries the outcome's text only, never a request or a token.
/// </summary>
internal sealed class DrainDataverseException(string message) : Exception(message);
