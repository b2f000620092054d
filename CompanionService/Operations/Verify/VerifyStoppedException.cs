namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>Marketo or Dataverse could not be read, so the check cannot go on; the message says why, never a secret.</summary>
internal sealed class VerifyStoppedException(string message) : Exception(message);
