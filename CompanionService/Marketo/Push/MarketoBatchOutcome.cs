using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Push;

/// <summary>
/// What sending one batch of records to a push endpoint came to: the most serious call-level outcome of
/// its calls, and the fate of every record it was given (by input position).
/// </summary>
/// <param name="Call">The most serious call-level outcome; Succeeded when every call was answered.</param>
/// <param name="Records">One entry per record sent or held back, in no particular order.</param>
public sealed record MarketoBatchOutcome(MarketoCallOutcome Call, IReadOnlyList<DecidedRecord> Records);
