namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// What one write-back cycle did, in figures and words: the activities read and the persons they named, the persons whose
/// MSI values were read from Marketo, the Dynamics rows and columns written, the rows left unchanged or failed, the calls
/// it cost (Marketo calls as the worker's quota counter saw them; Dataverse service-protection requests and entitlement
/// operations, dataverse.md §0.12), and what the reconcile did. Under <c>run</c> the drain works at the same time, so the
/// call figures of a cycle may include some of its calls.
/// </summary>
public sealed record WriteBackReport
{
    /// <summary>Whether a full reconcile was asked for (<c>--full</c>).</summary>
    public bool Full { get; init; }

    /// <summary>MSI activity-type activities read from the stream (Interesting Moment, Change Score, Change Data Value).</summary>
    public int ActivitiesRead { get; init; }

    /// <summary>Distinct Marketo leads those activities named as changed in an MSI field.</summary>
    public int PersonsChanged { get; init; }

    /// <summary>Marketo leads whose MSI fields were read (incremental and reconcile).</summary>
    public int PersonsRefreshed { get; init; }

    /// <summary>Dynamics leads and contacts written.</summary>
    public int RowsWritten { get; init; }

    /// <summary>Columns written over those rows.</summary>
    public int ColumnsWritten { get; init; }

    /// <summary>Rows that already held Marketo's values: not written.</summary>
    public int RowsUnchanged { get; init; }

    /// <summary>Rows whose Marketo lead id names no Marketo lead (deleted or merged in Marketo): left as they are.</summary>
    public int RowsNotInMarketo { get; init; }

    /// <summary>Rows that failed, each with why (a value Marketo sent that cannot be read, a refused write).</summary>
    public IReadOnlyList<string> Failures { get; init; } = [];

    /// <summary>Persons the reconcile went through in this cycle (0 when none ran).</summary>
    public int ReconciledPersons { get; init; }

    /// <summary>What the reconcile did, in words; null when none ran.</summary>
    public string? Reconcile { get; init; }

    /// <summary>Why a reconcile was started this cycle (the activity position was lost, first run, nightly, on demand); null otherwise.</summary>
    public string? ReconcileReason { get; init; }

    /// <summary>Whether the activity position was lost (refused by Marketo, or older than 14 days) and replaced by a reconcile.</summary>
    public bool PositionLost { get; init; }

    /// <summary>Why the cycle stopped before its end (Marketo or Dataverse refused or out of reach); null when it finished.</summary>
    public string? Stopped { get; init; }

    /// <summary>Marketo REST calls the cycle cost.</summary>
    public long MarketoCalls { get; init; }

    /// <summary>Dataverse requests (service protection) the cycle cost.</summary>
    public long DataverseRequests { get; init; }

    /// <summary>Dataverse operations (entitlement) the cycle cost.</summary>
    public long DataverseOperations { get; init; }

    /// <summary>Whether the cycle finished without a stop and without failed rows.</summary>
    public bool Succeeded => Stopped is null && Failures.Count == 0;

    internal WriteBackReport Add(RefreshResult refresh, bool reconciling) => this with
    {
        PersonsRefreshed = PersonsRefreshed + refresh.PersonsRead,
        RowsWritten = RowsWritten + refresh.RowsWritten,
        ColumnsWritten = ColumnsWritten + refresh.ColumnsWritten,
        RowsUnchanged = RowsUnchanged + refresh.RowsUnchanged,
        RowsNotInMarketo = RowsNotInMarketo + refresh.RowsNotInMarketo,
        Failures = [.. Failures, .. refresh.Failures],
        ReconciledPersons = ReconciledPersons + (reconciling ? refresh.PersonsRead : 0),
        Stopped = Stopped ?? refresh.Stop,
    };

    public override string ToString() => FormattableString.Invariant(
        $"{ActivitiesRead} MSI activities naming {PersonsChanged} persons; {PersonsRefreshed} persons read from Marketo; ")
        + FormattableString.Invariant($"{RowsWritten} rows written ({ColumnsWritten} columns), {RowsUnchanged} unchanged, {Failures.Count} failed")
        + (RowsNotInMarketo > 0 ? FormattableString.Invariant($", {RowsNotInMarketo} not in Marketo") : string.Empty)
        + FormattableString.Invariant($"; {MarketoCalls} Marketo calls, {DataverseRequests} Dataverse requests, {DataverseOperations} operations")
        + (Reconcile is null ? string.Empty : $"; {Reconcile}")
        + (ReconcileReason is null ? string.Empty : $" ({ReconcileReason})")
        + (Stopped is null ? string.Empty : $"; stopped: {Stopped}");
}
