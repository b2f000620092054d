using MsiDynamics.CompanionService.Dataverse.Errors;

namespace MsiDynamics.CompanionService.Dataverse.Batch;

/// <summary>
/// The answer to a <see cref="DataverseBatch"/>: one result per request, in the order they were added,
/// and how many HTTP requests it took.
/// </summary>
public sealed class DataverseBatchResult(IReadOnlyList<BatchOperationResult> results, int httpRequests)
{
    /// <summary>One per request, in order.</summary>
    public IReadOnlyList<BatchOperationResult> Results { get; } = results;

    /// <summary>The <c>$batch</c> requests sent (one per 1000 requests).</summary>
    public int HttpRequests { get; } = httpRequests;

    /// <summary>True when every request succeeded.</summary>
    public bool AllSucceeded => Results.All(r => r.Outcome.IsSuccess);

    /// <summary>How many requests ended as <paramref name="kind"/>.</summary>
    public int Count(DataverseOutcomeKind kind) => Results.Count(r => r.Outcome.Kind == kind);

    public override string ToString() =>
        $"$batch of {Results.Count} requests in {HttpRequests} HTTP requests: "
        + string.Join(", ", Results.GroupBy(r => r.Outcome.Kind).Select(g => $"{g.Count()} {g.Key}"));
}
