namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// The MSI write-back (architecture.md §3.5, docs/writeback.md), bound to the <c>WriteBack</c> section. Under <c>run</c>, the
/// worker that holds the drain lease runs the incremental cycle every <see cref="Interval"/> and the full reconcile once a
/// day after <see cref="ReconcileTimeOfDay"/>; <c>writeback --once [--full]</c> runs them on demand.
/// </summary>
public sealed class WriteBackOptions
{
    public const string SectionName = "WriteBack";

    /// <summary>Whether <c>run</c> writes MSI values back at all. Default true; <c>writeback --once</c> runs either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often the incremental cycle looks at Marketo's activity stream. Default 60 s: a change reaches Dynamics within
    /// about a minute, at one Marketo call per idle cycle (about 1,440 a day of the subscription's quota).
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The time of day (UTC) after which the nightly full reconcile starts; default 02:00. It re-reads every synced person
    /// and catches what left no activity (MSI's periodic recalculation of scores). Its cost: one Marketo call per 300
    /// persons, one Dataverse read per <see cref="ReconcilePageSize"/> persons, and writes only where values differ.
    /// </summary>
    public TimeSpan ReconcileTimeOfDay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// Persons the reconcile reads from Dataverse per page; its position is saved after each page, so an interrupted
    /// reconcile resumes there. Default 3,000 (ten Marketo reads of 300); 1 to 5,000.
    /// </summary>
    public int ReconcilePageSize { get; set; } = 3_000;

    /// <summary>
    /// Pages of the reconcile one cycle of <c>run</c> works through before the next incremental look, so a long reconcile
    /// never delays fresh interesting moments by more than a few pages. Default 10 (30,000 persons); <c>--full</c> runs to the end.
    /// </summary>
    public int ReconcilePagesPerCycle { get; set; } = 10;

    /// <summary>Which Dynamics columns receive the MSI values (default the <c>msi_*</c> columns).</summary>
    public WriteBackColumns Columns { get; set; } = new();
}
