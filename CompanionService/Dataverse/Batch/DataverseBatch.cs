namespace MsiDynamics.CompanionService.Dataverse.Batch;

/// <summary>
/// The requests of a <c>$batch</c>, in order: single requests and change sets. Any number may be added;
/// <see cref="DataverseBatches"/> sends at most <see cref="DataverseOptions.MaxBatchRequests"/> (≤ 1000)
/// per HTTP request, never splitting a change set.
/// </summary>
public sealed class DataverseBatch
{
    private readonly List<BatchPart> _parts = [];

    /// <summary>
    /// <c>Prefer: odata.continue-on-error</c>: run every request even when one fails. Without it Dataverse
    /// stops at the first failure and the requests after it are <c>NotExecuted</c>.
    /// </summary>
    public bool ContinueOnError { get; init; }

    /// <summary>At most this many requests per HTTP <c>$batch</c>, below <see cref="DataverseOptions.MaxBatchRequests"/>; null for that limit.</summary>
    public int? MaxRequestsPerBatch { get; init; }

    /// <summary>The parts in order.</summary>
    public IReadOnlyList<BatchPart> Parts => _parts;

    /// <summary>How many requests, counting each of a change set's.</summary>
    public int OperationCount => _parts.Sum(p => p.Operations.Count);

    /// <summary>Adds a request outside any change set.</summary>
    public DataverseBatch Add(BatchOperation operation)
    {
        _parts.Add(new BatchPart([operation], false));
        return this;
    }

    /// <summary>Adds requests as one atomic change set; throws for a GET or an empty set.</summary>
    public DataverseBatch AddChangeSet(IEnumerable<BatchOperation> operations)
    {
        var list = operations.ToList();
        if (list.Count == 0 || list.Any(o => o.Method == HttpMethod.Get))
        {
            throw new ArgumentException("A change set holds at least one request and no GET.", nameof(operations));
        }

        _parts.Add(new BatchPart(list, true));
        return this;
    }

    /// <summary>
    /// The parts grouped into HTTP requests of at most <paramref name="maxRequests"/> requests each, in
    /// order; a change set is never split (throws if one alone is larger).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<BatchPart>> Chunks(int maxRequests)
    {
        var chunks = new List<IReadOnlyList<BatchPart>>();
        var current = new List<BatchPart>();
        var count = 0;
        foreach (var part in _parts)
        {
            if (part.Operations.Count > maxRequests)
            {
                throw new ArgumentException($"A change set of {part.Operations.Count} requests exceeds {maxRequests} per $batch.");
            }

            if (count + part.Operations.Count > maxRequests)
            {
                chunks.Add(current);
                current = [];
                count = 0;
            }

            current.Add(part);
            count += part.Operations.Count;
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }

    public override string ToString() => $"$batch of {OperationCount} requests in {_parts.Count} parts";
}
