using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.Transport;
using MsiDynamics.CompanionService.Marketo.Limits;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// One write-back cycle (architecture.md §3.5, docs/writeback.md): reads the activity position from <c>msi_syncstate</c>,
/// looks at Marketo's activity stream for MSI changes (<see cref="ActivityScanner"/>), refreshes the Dynamics leads and
/// contacts of the persons named (<see cref="MsiRefresher"/>), stores the new position, and then works on the full
/// reconcile when it was asked for, is due, or replaces a lost position (<see cref="Reconciler"/>). It only updates MSI
/// columns, which no plug-in step filters on, so it never adds to the sync queue (dataverse.md §0.5). Run it only on the
/// worker that holds the drain lease: its Marketo calls pass the same call fence as the drain's.
/// </summary>
public sealed class WriteBackCycle
{
    /// <summary>Marketo lead ids per Dataverse read of the incremental cycle (ten Marketo reads of 300).</summary>
    private const int PersonsPerStep = 3_000;

    private readonly ActivityScanner _scanner;
    private readonly PersonRowReader _reader;
    private readonly MsiRefresher _refresher;
    private readonly Reconciler _reconciler;
    private readonly WriteBackStateStore _state;
    private readonly UnplacedPersons _unplaced;
    private readonly WriteBackOptions _options;
    private readonly DailyQuotaCounter _quota;
    private readonly DataverseCosts _costs;
    private readonly TimeProvider _time;
    private readonly ILogger<WriteBackCycle> _logger;

    internal WriteBackCycle(ActivityScanner scanner, PersonRowReader reader, MsiRefresher refresher, Reconciler reconciler, WriteBackStateStore state,
        UnplacedPersons unplaced, IOptions<WriteBackOptions> options, DailyQuotaCounter quota, DataverseCosts costs, TimeProvider time, ILogger<WriteBackCycle> logger)
    {
        (_scanner, _reader, _refresher, _reconciler, _state, _unplaced) = (scanner, reader, refresher, reconciler, state, unplaced);
        (_options, _quota, _costs, _time, _logger) = (options.Value, quota, costs, time, logger);
    }

    /// <summary>
    /// <c>writeback --once [--full]</c>: one incremental cycle, then, with <paramref name="full"/>, the full reconcile to its
    /// end (resuming one that was interrupted). A lost activity position also reconciles to the end.
    /// </summary>
    public Task<WriteBackReport> RunOnceAsync(bool full, CancellationToken cancellationToken = default) =>
        RunAsync(full, scheduled: false, pageBudget: null, cancellationToken);

    /// <summary>A cycle of <c>run</c>: incremental, then the reconcile's next pages when one is due or in progress.</summary>
    internal Task<WriteBackReport> RunScheduledAsync(CancellationToken cancellationToken) =>
        RunAsync(full: false, scheduled: true, _options.ReconcilePagesPerCycle, cancellationToken);

    private async Task<WriteBackReport> RunAsync(bool full, bool scheduled, int? pageBudget, CancellationToken cancellationToken)
    {
        var (calls, requests, operations) = (_quota.Snapshot().Used, _costs.Requests, _costs.Operations);
        var report = await CycleAsync(new WriteBackReport { Full = full }, full, scheduled, pageBudget, cancellationToken).ConfigureAwait(false);
        report = report with
        {
            MarketoCalls = _quota.Snapshot().Used - calls,
            DataverseRequests = _costs.Requests - requests,
            DataverseOperations = _costs.Operations - operations,
        };
        foreach (var failure in report.Failures.Take(20))
        {
            WriteBackLog.RowFailed(_logger, failure);
        }

        if (report.Stopped is { } stop)
        {
            WriteBackLog.Stopped(_logger, stop);
        }

        WriteBackLog.CycleRan(_logger, report);
        return report;
    }

    private async Task<WriteBackReport> CycleAsync(WriteBackReport report, bool full, bool scheduled, int? pageBudget, CancellationToken ct)
    {
        var (cursor, read) = await _state.GetCursorAsync(ct).ConfigureAwait(false);
        if (!read.IsSuccess)
        {
            return report with { Stopped = $"Dataverse: the activity position could not be read: {read}" };
        }

        var scan = await _scanner.ScanAsync(cursor, ct).ConfigureAwait(false);
        if (scan.Stop is not null)
        {
            return report with { Stopped = scan.Stop };
        }

        report = report with { ActivitiesRead = scan.ActivitiesRead, PersonsChanged = scan.ChangedLeadIds.Count };
        foreach (var step in scan.ChangedLeadIds.Chunk(PersonsPerStep))
        {
            var (rows, outcome) = await _reader.ByMarketoIdsAsync(step, _options.Columns, ct).ConfigureAwait(false);
            if (outcome.IsSuccess)
            {
                // Persons no row carries yet: a push may have landed whose id is still on its way to Dynamics.
                _unplaced.Remember(step.Except(rows.Select(r => r.MarketoLeadId)));
            }

            report = outcome.IsSuccess
                ? report.Add(await _refresher.RefreshAsync(rows, _options.Columns, ct).ConfigureAwait(false), reconciling: false)
                : report with { Stopped = $"Dataverse: {outcome}" };
            if (report.Stopped is not null)
            {
                return report; // the position stays where it was: the same activities are read again next cycle
            }
        }

        if (scan.NextToken is { } next && MustSave(cursor, scan))
        {
            var stored = await _state.SetCursorAsync(new ActivityCursor(next, _time.GetUtcNow()), ct).ConfigureAwait(false);
            if (!stored.IsSuccess)
            {
                return report with { Stopped = $"Dataverse: the activity position could not be saved: {stored}" };
            }
        }

        if (scan.LostReason is { } lost && cursor is not null)
        {
            WriteBackLog.PositionLost(_logger, lost);
        }

        return await ReconcileAsync(report, scan.LostReason, cursor is not null, full, scheduled, pageBudget, ct).ConfigureAwait(false);
    }

    private async Task<WriteBackReport> ReconcileAsync(
        WriteBackReport report, string? lost, bool hadPosition, bool full, bool scheduled, int? pageBudget, CancellationToken ct)
    {
        var (position, read) = await _state.GetReconcileAsync(ct).ConfigureAwait(false);
        if (!read.IsSuccess)
        {
            return report with { Stopped = $"Dataverse: the reconcile's position could not be read: {read}" };
        }

        var now = _time.GetUtcNow();
        string? reason = lost is not null ? lost
            : position.InProgress && (full || scheduled) ? null
            : full ? "a full reconcile was asked for"
            : scheduled && IsDue(position, now) ? $"the nightly reconcile (after {_options.ReconcileTimeOfDay:hh\\:mm} UTC)"
            : string.Empty;
        if (reason is "")
        {
            return report;
        }

        if (reason is not null)
        {
            position = position.Start(now, reason);
        }

        report = report with { ReconcileReason = position.Reason, PositionLost = lost is not null && hadPosition };
        return await _reconciler.RunAsync(position, pageBudget, report, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether the new position must be stored: it replaces a lost one, or moved past activities (more than one page, or
    /// any MSI activity), or the stored one is an hour old. An idle look keeps the stored one, saving a Dataverse write a
    /// cycle; reading from it again next time costs the same single call.
    /// </summary>
    private bool MustSave(ActivityCursor? cursor, ActivityScan scan) =>
        cursor is null || scan.LostReason is not null || scan.Pages > 1 || scan.ActivitiesRead > 0
        || _time.GetUtcNow() - cursor.IssuedOn >= TimeSpan.FromHours(1);

    /// <summary>Whether no reconcile finished since the latest scheduled time of day at or before <paramref name="now"/>.</summary>
    private bool IsDue(ReconcilePosition position, DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero) + _options.ReconcileTimeOfDay;
        var latest = today <= now ? today : today.AddDays(-1);
        return position.LastCompletedOn is not { } done || done < latest;
    }
}
