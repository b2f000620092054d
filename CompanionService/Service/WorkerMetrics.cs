using System.Diagnostics.Metrics;
using MsiDynamics.CompanionService.Dataverse.Transport;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// The worker's instruments on the meter <c>MsiDynamics.Worker</c>. Everything comes from what the drain cycles
/// learnt and from <see cref="DataverseCosts"/>: a scrape never queries Dataverse or Marketo. Tags are table names and
/// queue statuses only, never an id, a URL, a key or a secret.
/// </summary>
public sealed class WorkerMetrics
{
    /// <summary>The meter's name, to enable in an OpenTelemetry pipeline or a <see cref="MeterListener"/>.</summary>
    public const string MeterName = "MsiDynamics.Worker";

    private readonly Counter<long> _cycles;
    private readonly Counter<long> _rowsSettled;
    private readonly Counter<long> _pushed;
    private readonly Counter<long> _deadLetters;
    private readonly Counter<long> _marketoCalls;
    private readonly Meter _meter;

    internal WorkerMetrics(IMeterFactory meters, DataverseCosts costs, DrainActivity activity)
    {
        var meter = _meter = meters.Create(MeterName);
        _cycles = meter.CreateCounter<long>("msi.worker.drain.cycles", "{cycle}", "Drain cycles run, by outcome: work, idle, failed or why it stopped.");
        _rowsSettled = meter.CreateCounter<long>("msi.worker.queue.rows.settled", "{row}", "Queue rows the drain settled, by the status they ended in.");
        _pushed = meter.CreateCounter<long>("msi.worker.records.pushed", "{record}", "Records pushed to Marketo, by Dynamics table.");
        _deadLetters = meter.CreateCounter<long>("msi.worker.dead_letters", "{record}", "Records whose queue rows ended dead-lettered, by Dynamics table.");
        _marketoCalls = meter.CreateCounter<long>("msi.worker.marketo.calls", "{call}", "Marketo REST calls the drain made.");
        meter.CreateObservableGauge("msi.worker.queue.depth", () => QueueDepth(activity), "{row}",
            "Queue rows by status as the last drain cycle saw them: due rows it read, and how its records' rows ended.");
        meter.CreateObservableGauge("msi.worker.marketo.quota.used", () => Quota(activity, q => q.Used), "{call}",
            "Marketo calls counted against today's quota after the last cycle.");
        meter.CreateObservableGauge("msi.worker.marketo.quota.remaining", () => Quota(activity, q => q.RemainingForPushes), "{call}",
            "Marketo calls pushes may still make today after the last cycle.");
        meter.CreateObservableCounter("msi.worker.dataverse.requests", () => costs.Requests, "{request}",
            "Dataverse Web API requests (service-protection count).");
        meter.CreateObservableCounter("msi.worker.dataverse.operations", () => costs.Operations, "{operation}",
            "Dataverse operations counted against the entitlement.");
        meter.CreateObservableGauge("msi.worker.lease.holding", () => activity.Holding ? 1 : 0, "{lease}",
            "1 while this worker holds the drain lease, 0 on standby.");
    }

    /// <summary>Whether <paramref name="meter"/> is this process's worker meter (a test host may hold several).</summary>
    internal bool Owns(Meter meter) => ReferenceEquals(meter, _meter);

    /// <summary>Adds one cycle's report.</summary>
    internal void Record(DrainCycleReport report)
    {
        _cycles.Add(1, new KeyValuePair<string, object?>("outcome", Outcome(report)));
        _marketoCalls.Add(report.MarketoCalls);
        foreach (var record in report.Records)
        {
            var table = new KeyValuePair<string, object?>("object_type", record.Entity);
            _rowsSettled.Add(record.Rows, new KeyValuePair<string, object?>("status", record.End.ToString()));
            if (record.End == QueueStatus.Succeeded)
            {
                _pushed.Add(1, table);
            }
            else if (record.End == QueueStatus.DeadLettered)
            {
                _deadLetters.Add(1, table);
            }
        }
    }

    /// <summary>Counts a cycle that failed with an error.</summary>
    internal void CycleFailed() => _cycles.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));

    private static string Outcome(DrainCycleReport report) =>
        report.Stopped is { } stop ? stop.ToString() : report.RowsRead > 0 ? "work" : "idle";

    private static IEnumerable<Measurement<long>> QueueDepth(DrainActivity activity)
    {
        if (activity.LastReport is not { } report)
        {
            yield break;
        }

        yield return new Measurement<long>(report.RowsRead, new KeyValuePair<string, object?>("status", "Due"));
        foreach (var group in report.Records.GroupBy(r => r.End))
        {
            yield return new Measurement<long>(group.Sum(r => r.Rows), new KeyValuePair<string, object?>("status", group.Key.ToString()));
        }
    }

    private static IEnumerable<Measurement<long>> Quota(DrainActivity activity, Func<Marketo.Limits.MarketoQuotaState, long> read) =>
        activity.LastReport?.Quota is { } quota ? [new Measurement<long>(read(quota))] : [];
}
