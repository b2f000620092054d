using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Sync.Collapse;

namespace MsiDynamics.CompanionService.Sync.References;

/// <summary>
/// Closes a cycle over the references Marketo has not seen (architecture.md §3.9): a referenced record that is neither
/// in the cycle nor known in Marketo is checked, in calls of at most 300 ids per object; one Marketo lacks is read from
/// Dynamics to be pushed first, and its own references are closed over in turn; one Dynamics lacks too leaves its
/// referrer dangling, to be dead-lettered rather than pushed.
/// </summary>
internal sealed class ReferenceClosure(IMarketoReferenceCheck marketo, IReferencedRows dynamics, KnownInMarketo known)
{
    /// <summary>The records to push first and the dangling references, for the cycle's <paramref name="records"/>.</summary>
    public async Task<ClosureResult> CloseAsync(IReadOnlyList<ReferringRecord> records, CancellationToken cancellationToken)
    {
        var seen = records.Select(r => r.Record).ToHashSet();
        var pushFirst = new List<RecordKey>();
        var dangling = new List<DanglingReference>();
        var frontier = records;
        while (frontier.Count > 0)
        {
            // Each unseen target once, with every referrer that needs it.
            var referrers = new Dictionary<RecordKey, List<RecordKey>>();
            foreach (var record in frontier)
            {
                foreach (var target in record.References)
                {
                    if (!seen.Contains(target) && !known.Contains(ReferenceObjects.Of(target.Entity), target.RecordId))
                    {
                        (referrers.TryGetValue(target, out var list) ? list : referrers[target] = []).Add(record.Record);
                    }
                }
            }

            var missing = await MissingInMarketoAsync(referrers.Keys, cancellationToken).ConfigureAwait(false);
            var found = missing.Count == 0
                ? new Dictionary<RecordKey, IReadOnlyList<RecordKey>>()
                : await dynamics.ReadAsync(missing, cancellationToken).ConfigureAwait(false);
            var next = new List<ReferringRecord>();
            foreach (var target in missing)
            {
                seen.Add(target);
                if (found.TryGetValue(target, out var references))
                {
                    pushFirst.Add(target);
                    next.Add(new ReferringRecord(target, references));
                }
                else
                {
                    dangling.AddRange(referrers[target].Select(r => new DanglingReference(r, target)));
                }
            }

            frontier = next;
        }

        return new ClosureResult([.. pushFirst.OrderBy(k => ReferenceObjects.Of(k.Entity))], dangling);
    }

    /// <summary>Of <paramref name="targets"/>, those Marketo lacks; those it has are remembered.</summary>
    private async Task<List<RecordKey>> MissingInMarketoAsync(IEnumerable<RecordKey> targets, CancellationToken cancellationToken)
    {
        var missing = new List<RecordKey>();
        foreach (var group in targets.GroupBy(t => ReferenceObjects.Of(t.Entity)).OrderBy(g => g.Key))
        {
            foreach (var chunk in group.Chunk(IMarketoReferenceCheck.MaxIds))
            {
                var existing = await marketo.FindExistingAsync(group.Key, [.. chunk.Select(t => t.RecordId)], cancellationToken)
                    .ConfigureAwait(false);
                foreach (var target in chunk)
                {
                    if (existing.Contains(target.RecordId))
                    {
                        known.Remember(group.Key, target.RecordId);
                    }
                    else
                    {
                        missing.Add(target);
                    }
                }
            }
        }

        return missing;
    }
}
