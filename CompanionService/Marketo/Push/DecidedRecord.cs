namespace MsiDynamics.CompanionService.Marketo.Push;

/// <summary>
/// The fate of one input record of a push, with its position in the caller's input. Each step of a push
/// (de-duplication, a skip rule, one call of a batch) returns these; <see cref="MarketoBatchSender.Finish"/>
/// puts them in input order.
/// </summary>
/// <param name="Index">The record's position in the push's input.</param>
/// <param name="Outcome">What became of it.</param>
public sealed record DecidedRecord(int Index, MarketoOutcome Outcome);
