namespace MsiDynamics.CompanionService.Marketo.Push;

/// <summary>
/// The result of keeping only the latest record of each key (Decision 5): the input positions that are
/// sent, in input order, and the earlier duplicates, decided as Superseded.
/// </summary>
/// <param name="Survivors">Input positions still to send, in input order.</param>
/// <param name="Superseded">The earlier records of a repeated key, with a reason naming the key.</param>
internal sealed record KeyedSelection(IReadOnlyList<int> Survivors, IReadOnlyList<DecidedRecord> Superseded);
