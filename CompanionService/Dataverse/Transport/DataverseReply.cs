using MsiDynamics.CompanionService.Dataverse.Errors;

namespace MsiDynamics.CompanionService.Dataverse.Transport;

/// <summary>
/// What <see cref="DataverseTransport.SendAsync"/> concluded after its retries: the outcome, and the last
/// HTTP response when one arrived (a <c>$batch</c> answered 400 still carries its parts there).
/// </summary>
/// <param name="Outcome">The request's outcome.</param>
/// <param name="Response">The last response; always present on success.</param>
public sealed record DataverseReply(DataverseOutcome Outcome, DataverseResponse? Response)
{
    /// <summary>The body of a successful reply; empty otherwise.</summary>
    public string Body => Outcome.IsSuccess ? Response?.Body ?? string.Empty : string.Empty;

    public override string ToString() => Outcome.ToString();
}
