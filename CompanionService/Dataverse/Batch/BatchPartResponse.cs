namespace MsiDynamics.CompanionService.Dataverse.Batch;

/// <summary>
/// One part of a <c>$batch</c> answer: an HTTP response (status, headers, body), or a change set's
/// responses. A change set that failed is answered by one plain response holding the error.
/// </summary>
/// <param name="Status">The inner HTTP status; 0 for a change set.</param>
/// <param name="Headers">The inner response's headers, case-insensitive (<c>OData-EntityId</c>, <c>Content-ID</c>).</param>
/// <param name="Body">The inner response's body.</param>
/// <param name="ChangeSet">The responses of a change set; null for a plain response.</param>
internal sealed record BatchPartResponse(
    int Status, IReadOnlyDictionary<string, string> Headers, string Body, IReadOnlyList<BatchPartResponse>? ChangeSet)
{
    /// <summary>A header value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public override string ToString() => ChangeSet is null ? $"HTTP {Status}" : $"change set of {ChangeSet.Count}";
}
