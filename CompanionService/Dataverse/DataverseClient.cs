using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.Bulk;

namespace MsiDynamics.CompanionService.Dataverse;

/// <summary>
/// The Dataverse Web API client: one property per kind of endpoint, each method naming the request it
/// sends. Get it from DI after <see cref="DataverseServiceCollectionExtensions.AddDataverseClient"/>; the
/// queue, record, settings and state operations built on it are registered there too.
/// </summary>
/// <remarks>
/// Every method returns typed outcomes and throws only when the caller cancels (or for a malformed
/// argument). All instances share one token source, one request budget and one concurrency limit.
/// </remarks>
internal sealed class DataverseClient(DataverseQueries queries, DataverseRecords records, DataverseBatches batches, DataverseBulk bulk)
{
    /// <summary>Collection reads, streamed page by page along <c>@odata.nextLink</c>.</summary>
    public DataverseQueries Queries { get; } = queries;

    /// <summary>Create, update with <c>If-Match</c>, delete of one row.</summary>
    public DataverseRecords Records { get; } = records;

    /// <summary><c>$batch</c> with change sets and continue-on-error.</summary>
    public DataverseBatches Batches { get; } = batches;

    /// <summary>The bulk <c>UpdateMultiple</c> action.</summary>
    public DataverseBulk Bulk { get; } = bulk;
}
