using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Sync.References;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// Lets a record be pushed only when everything it refers to is in Marketo (marketo.md §3: a company's sales person,
/// a person's company, an opportunity's company, a role's opportunity and lead must exist first). A reference that
/// did not reach Marketo this cycle settles the referrer the way it ended: retried with it when it may still get
/// there, dead-lettered with the reason when it cannot; a reference neither Dynamics nor Marketo has dead-letters it.
/// </summary>
internal sealed class ReferenceGate(IReadOnlyDictionary<RecordKey, CycleRecord> cycle, IReadOnlyList<DanglingReference> dangling)
{
    private readonly ILookup<RecordKey, RecordKey> _dangling = dangling.ToLookup(d => d.Referrer, d => d.Target);

    /// <summary>Whether <paramref name="record"/> may be pushed now; settles it when it may not.</summary>
    public bool Admits(CycleRecord record)
    {
        foreach (var target in _dangling[record.Key])
        {
            record.Settle(PushOutcome.MappingError(
                $"It refers to {target}, which exists neither in Dynamics nor in Marketo. Correct the reference in Dynamics."));
            return false;
        }

        foreach (var reference in record.References)
        {
            if (!cycle.TryGetValue(reference, out var target) || target.InMarketo)
            {
                continue;
            }

            record.Settle(target.Outcome?.Kind switch
            {
                PushOutcomeKind.QuotaExhausted or PushOutcomeKind.RunStopped => target.Outcome,
                PushOutcomeKind.Transient or null =>
                    PushOutcome.Transient($"{reference} it refers to did not reach Marketo yet: {target.Outcome?.Message ?? "not pushed"}"),
                // The referrer is not captured again when its reference is fixed: the admin is told both steps, each record
                // named, so a chain (user, its account, a contact at it) reads in order.
                _ => PushOutcome.MappingError(
                    $"{reference} it refers to cannot be pushed to Marketo: {(target.Outcome?.Message ?? target.Outcome?.Kind.ToString())?.TrimEnd('.')}. "
                    + $"Fix {reference} first; the next change of {record.Key} is sent again."),
            });
            return false;
        }

        return true;
    }
}
