using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Sync.References;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.References;

/// <summary>A Marketo holding <see cref="Existing"/>, recording each check it is asked.</summary>
internal sealed class StubMarketoCheck : IMarketoReferenceCheck
{
    public HashSet<RecordId> Existing { get; } = [];

    public List<(MarketoObjectType Type, IReadOnlyList<RecordId> Ids)> Calls { get; } = [];

    public Task<IReadOnlySet<RecordId>> FindExistingAsync(
        MarketoObjectType type, IReadOnlyList<RecordId> externalIds, CancellationToken cancellationToken)
    {
        Calls.Add((type, externalIds));
        IReadOnlySet<RecordId> found = externalIds.Where(Existing.Contains).ToHashSet();
        return Task.FromResult(found);
    }
}
