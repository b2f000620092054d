using MsiDynamics.CompanionService.Dataverse.Errors;

namespace MsiDynamics.CompanionService.Dataverse.Bulk;

/// <summary>
/// The answer to a bulk write: one outcome per target, in input order (every target of one
/// <c>UpdateMultiple</c> call shares its outcome: the call succeeds or fails whole; a row sent in the <c>$batch</c> that
/// replaces it on a refusing table has its own), and the HTTP requests it took.
/// </summary>
public sealed class DataverseBulkResult(IReadOnlyList<DataverseOutcome> outcomes, int httpRequests)
{
    /// <summary>One per target, in input order.</summary>
    public IReadOnlyList<DataverseOutcome> Outcomes { get; } = outcomes;

    /// <summary>The HTTP requests sent.</summary>
    public int HttpRequests { get; } = httpRequests;

    /// <summary>True when the table refuses <c>UpdateMultiple</c> and rows went as <c>$batch</c> PATCHes (dataverse.md §0.13).</summary>
    public bool ByBatch { get; init; }

    /// <summary>True when every target was written.</summary>
    public bool AllSucceeded => Outcomes.All(o => o.IsSuccess);

    /// <summary>The first failure, or null.</summary>
    public DataverseOutcome? FirstFailure => Outcomes.FirstOrDefault(o => !o.IsSuccess);

    public static DataverseBulkResult Empty { get; } = new([], 0);

    public override string ToString() =>
        $"{Outcomes.Count} targets in {HttpRequests} requests{(ByBatch ? " ($batch PATCHes)" : string.Empty)}: {Outcomes.Count(o => o.IsSuccess)} written"
        + (FirstFailure is { } failure ? $"; first failure {failure}" : string.Empty);
}
