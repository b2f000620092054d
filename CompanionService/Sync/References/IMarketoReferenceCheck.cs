using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.References;

/// <summary>
/// Asks Marketo which records of one object exist, by external id (marketo.md §3.1, §5.1: a <c>filterType</c> query takes at
/// most 300 values): <see cref="ReferenceClosure"/> never passes more than <see cref="MaxIds"/> ids a call.
/// </summary>
internal interface IMarketoReferenceCheck
{
    /// <summary>The most ids one check carries: one Marketo query's filter values.</summary>
    public const int MaxIds = 300;

    /// <summary>Of <paramref name="externalIds"/> (at most <see cref="MaxIds"/>) of <paramref name="type"/>, those that exist in Marketo.</summary>
    Task<IReadOnlySet<RecordId>> FindExistingAsync(
        MarketoObjectType type, IReadOnlyList<RecordId> externalIds, CancellationToken cancellationToken);
}
