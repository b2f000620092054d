using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Sync.Mapping;
using MsiDynamics.CompanionService.Sync.References;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// The push stage of a cycle (architecture.md §3.10): one object type at a time, in the order each refers only to the
/// ones before it; each record's values fitted to the describe, then sent through the Marketo client (calls of 300, in
/// parallel up to its limit). A record whose reference did not reach Marketo is not sent, and one bad record never
/// holds back another. A spent quota or a stopped run ends the pushing: what is left stays due.
/// </summary>
internal sealed class CyclePushes(MarketoClient marketo, MarketoDescribes describes, KnownInMarketo known, int batchSize = 0)
{
    /// <summary>What a record held back for a fuller call reads in the cycle's report; its rows stay due.</summary>
    public const string Held = "held for the next cycle, to fill a Marketo call (more rows are due)";

    /// <summary>
    /// The records something else in the cycle refers to: never held back for a fuller call, since what refers to
    /// them would have to wait too.
    /// </summary>
    public IReadOnlySet<Collapse.RecordKey> Referenced { get; set; } = new HashSet<Collapse.RecordKey>();

    /// <summary>Why pushing stopped, once it has.</summary>
    public DrainStop? Stop { get; private set; }

    /// <summary>Pushes the open records of <paramref name="type"/> (not roles), after their references passed <paramref name="gate"/>.</summary>
    public async Task UpsertAsync(MarketoObjectType type, IReadOnlyList<CycleRecord> records, ReferenceGate gate, CancellationToken ct)
    {
        var open = HoldBack(type, [.. records.Where(r => r.IsOpen && r.Mapped is not null && gate.Admits(r))]);
        if (open.Count == 0 || Stopped(open))
        {
            return;
        }

        var (description, outcome) = await describes.GetAsync(type, ct).ConfigureAwait(false);
        if (description is null)
        {
            Halt(open, outcome);
            return;
        }

        switch (type)
        {
            case MarketoObjectType.SalesPersons:
                await SendAsync(type, Fitted<MarketoSalesPerson>(open, s => RecordFitting.SalesPerson(description, s)), marketo.SalesPersons.SyncAsync, false, ct).ConfigureAwait(false);
                break;
            case MarketoObjectType.Companies:
                await SendAsync(type, Fitted<MarketoCompany>(open, c => RecordFitting.Company(description, c)), marketo.Companies.SyncAsync, false, ct).ConfigureAwait(false);
                break;
            case MarketoObjectType.Leads:
                await SendAsync(type, Fitted<MarketoLead>(open, l => RecordFitting.Person(description, l)), marketo.Leads.SyncAsync, false, ct).ConfigureAwait(false);
                break;
            case MarketoObjectType.Opportunities:
                await SendAsync(type, Fitted<MarketoOpportunity>(open, o => RecordFitting.Opportunity(description, o)), marketo.Opportunities.SyncAsync, false, ct).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Opportunity roles are pushed by the role stage.");
        }
    }

    /// <summary>
    /// Sends <paramref name="items"/> with <paramref name="call"/> and settles each record with its own outcome; a
    /// success is remembered as known in Marketo (or, for a delete, forgotten).
    /// </summary>
    public async Task SendAsync<T>(
        MarketoObjectType type, IReadOnlyList<(CycleRecord Record, T Item)> items,
        Func<IReadOnlyList<T>, CancellationToken, Task<MarketoPushResult>> call, bool delete, CancellationToken ct)
    {
        if (items.Count == 0 || Stopped(items.Select(i => i.Record)))
        {
            return;
        }

        var result = await call([.. items.Select(i => i.Item)], ct).ConfigureAwait(false);
        for (var i = 0; i < items.Count; i++)
        {
            var outcome = PushOutcome.From(result.Records[i], result.Call);
            var record = items[i].Record;
            record.Settle(outcome);
            if (outcome.Kind == PushOutcomeKind.Succeeded && type != MarketoObjectType.OpportunityRoles)
            {
                if (delete)
                {
                    known.Forget(type, record.Key.RecordId);
                }
                else
                {
                    known.Remember(type, record.Key.RecordId);
                }
            }
        }

        Note(result.Call);
    }

    /// <summary>Settles every record still open with the stop's outcome: no row of theirs changes.</summary>
    public void SettleStopped(IEnumerable<CycleRecord> records)
    {
        if (Stop is not { } stop)
        {
            return;
        }

        var outcome = stop == DrainStop.QuotaExhausted
            ? PushOutcome.QuotaExhausted("Marketo's daily quota is spent; pushing resumes when it resets.")
            : PushOutcome.RunStopped("The run stopped before this record was pushed.");
        foreach (var record in records.Where(r => r.IsOpen))
        {
            record.Settle(outcome);
        }
    }

    /// <summary>Takes note of a call-level outcome that stops the pushing (607, or a failure a person must fix).</summary>
    public void Note(MarketoCallOutcome call) =>
        Stop ??= call.Kind switch
        {
            MarketoCallOutcomeKind.QuotaExhausted => DrainStop.QuotaExhausted,
            MarketoCallOutcomeKind.Stopped => DrainStop.RunStopped,
            _ => null,
        };

    /// <summary>
    /// When more rows are due than one cycle read (<paramref name="batchSize"/> given), each call set's last, partial
    /// call waits for the next cycle, whose oldest rows these are: calls stay full, and Marketo's daily quota counts calls.
    /// Only records nothing in the cycle refers to wait, so no referrer waits with them.
    /// Known and new persons go in separate calls (marketo.md D3), so each has its own remainder.
    /// </summary>
    private List<CycleRecord> HoldBack(MarketoObjectType type, List<CycleRecord> open)
    {
        if (batchSize <= 0)
        {
            return open;
        }

        var sets = type == MarketoObjectType.Leads ? open.GroupBy(r => ((MarketoLead)r.Mapped!).IsKnown).Select(g => g.ToList()) : [open];
        var kept = new List<CycleRecord>(open.Count);
        foreach (var set in sets)
        {
            var partial = set.Count > batchSize ? set.Count % batchSize : 0;
            var held = set.Where(r => !Referenced.Contains(r.Key)).TakeLast(partial).ToHashSet();
            foreach (var record in held)
            {
                record.Settle(PushOutcome.RunStopped(Held));
            }

            kept.AddRange(set.Where(r => !held.Contains(r)));
        }

        return kept;
    }

    private bool Stopped(IEnumerable<CycleRecord> records)
    {
        SettleStopped(records);
        return Stop is not null;
    }

    private void Halt(IEnumerable<CycleRecord> records, MarketoCallOutcome outcome)
    {
        Note(outcome);
        foreach (var record in records)
        {
            record.Settle(PushOutcome.From(MarketoOutcome.NotSent(outcome.ToString()), outcome));
        }
    }

    private static List<(CycleRecord, T)> Fitted<T>(IEnumerable<CycleRecord> open, Func<T, (T? Record, FittedRecord Fit)> fit)
        where T : class
    {
        var items = new List<(CycleRecord, T)>();
        foreach (var record in open)
        {
            var (fitted, result) = fit((T)record.Mapped!);
            if (fitted is null)
            {
                record.Settle(PushOutcome.MappingError(result.Reason!));
            }
            else
            {
                items.Add((record, fitted));
            }
        }

        return items;
    }
}
