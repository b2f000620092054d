using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Sync.References;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>A reference check that finds nothing in Marketo, so the closure pushes every referenced record first: re-pushing is idempotent.</summary>
internal sealed class NothingInMarketo : IMarketoReferenceCheck
{
    public Task<IReadOnlySet<RecordId>> FindExistingAsync(MarketoObjectType type, IReadOnlyList<RecordId> externalIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<RecordId>>(new HashSet<RecordId>());
}
