using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace MsiDynamics.Tests.Secrets;

/// <summary>
/// Listens to every instrument of every meter in the process while alive and keeps each measurement as text: meter,
/// instrument, value and every tag (key and value), so a scan sees what a metrics collector would export.
/// </summary>
internal sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();

    public MetricRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument);
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<float>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<decimal>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<short>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<byte>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    public ConcurrentQueue<string> Measurements { get; } = new();

    /// <summary>Reads the observable instruments now (a collector's scrape).</summary>
    public void Scrape() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            text.Add($"{tag.Key}={tag.Value}");
        }

        Measurements.Enqueue($"{instrument.Meter.Name} {instrument.Name}={value} {string.Join(" ", text)}");
    }
}
