using System.Diagnostics.Metrics;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Tests.Service;

/// <summary>
/// The meter <c>MsiDynamics.Worker</c> as a collector reads it: the cycles' reports and the Dataverse costs, counted,
/// and no tag that could carry a secret.
/// </summary>
public sealed class WorkerMetricsTests
{
    [Test]
    public async Task A_cycle_counts_records_pushed_dead_letters_Marketo_calls_queue_depth_and_Dataverse_costs()
    {
        await using var worker = await RunnerLoopback.StartAsync();
        using var collected = new Collected(worker.Get<WorkerMetrics>());
        worker.Cycle.Script(Reports.Work);

        var summary = await worker.Runner.DrainUntilEmptyAsync(CancellationToken.None).WaitAsync(Eventually.Deadline);
        collected.Listener.RecordObservableInstruments();

        Assert.Multiple(() =>
        {
            Assert.That(collected.Sum("msi.worker.records.pushed", "object_type", "lead"), Is.EqualTo(1));
            Assert.That(collected.Sum("msi.worker.dead_letters", "object_type", "contact"), Is.EqualTo(1));
            Assert.That(collected.Sum("msi.worker.queue.rows.settled", "status", "Succeeded"), Is.EqualTo(2));
            Assert.That(collected.Sum("msi.worker.marketo.calls"), Is.EqualTo(2));
            Assert.That(collected.Sum("msi.worker.drain.cycles", "outcome", "work"), Is.EqualTo(1));
            Assert.That(collected.Sum("msi.worker.drain.cycles", "outcome", "idle"), Is.EqualTo(1));
            Assert.That(collected.Last("msi.worker.marketo.quota.used"), Is.EqualTo(Reports.Quota.Used));
            Assert.That(collected.Last("msi.worker.queue.depth", "status", "Due"), Is.Zero, "the last cycle found the queue empty");
            Assert.That(collected.Last("msi.worker.dataverse.requests"), Is.EqualTo(worker.Costs.Requests).And.Positive, "the lease's claim and release");
            Assert.That(collected.Last("msi.worker.dataverse.operations"), Is.EqualTo(worker.Costs.Operations).And.Positive);
            Assert.That(summary.Drained, Is.True);
        });
    }

    [Test]
    public async Task No_tag_of_any_instrument_carries_a_setting_a_secret_an_id_or_a_URL()
    {
        await using var worker = await RunnerLoopback.StartAsync();
        using var collected = new Collected(worker.Get<WorkerMetrics>());
        worker.Cycle.Script(Reports.Work, Reports.Stopped(DrainStop.RunStopped));

        await worker.Runner.DrainUntilEmptyAsync(CancellationToken.None).WaitAsync(Eventually.Deadline);
        collected.Listener.RecordObservableInstruments();

        var values = collected.TagValues();
        Assert.That(values, Is.Not.Empty);
        Assert.That(values, Has.None.Contains(RunnerLoopback.MarketoSecret).And.None.Contains("http").And.None.Contains("worker-1")
            .And.None.Contains("0a000000").And.None.Contains("Marketo refused"));
    }

    /// <summary>Every measurement of the worker's meter (this worker's only) while alive.</summary>
    private sealed class Collected : IDisposable
    {
        private readonly List<(string Instrument, long Value, KeyValuePair<string, object?>[] Tags)> _measurements = [];

        public Collected(WorkerMetrics metrics)
        {
            Listener = new MeterListener
            {
                InstrumentPublished = (instrument, listener) =>
                {
                    if (instrument.Meter.Name == WorkerMetrics.MeterName && metrics.Owns(instrument.Meter))
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            Listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                lock (_measurements) { _measurements.Add((instrument.Name, value, tags.ToArray())); }
            });
            Listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
            {
                lock (_measurements) { _measurements.Add((instrument.Name, value, tags.ToArray())); }
            });
            Listener.Start();
        }

        public MeterListener Listener { get; }

        public long Sum(string instrument, string? tag = null, string? value = null) => Of(instrument, tag, value).Sum(m => m.Value);

        public long? Last(string instrument, string? tag = null, string? value = null) => Of(instrument, tag, value).Select(m => (long?)m.Value).LastOrDefault();

        public List<string> TagValues()
        {
            lock (_measurements) { return [.. _measurements.SelectMany(m => m.Tags).Select(t => t.Value?.ToString() ?? string.Empty)]; }
        }

        public void Dispose() => Listener.Dispose();

        private List<(string Instrument, long Value, KeyValuePair<string, object?>[] Tags)> Of(string instrument, string? tag, string? value)
        {
            lock (_measurements)
            {
                return [.. _measurements.Where(m => m.Instrument == instrument && (tag is null || m.Tags.Any(t => t.Key == tag && Equals(t.Value, value))))];
            }
        }
    }
}
