using System.Diagnostics;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>
/// Samples the worker's managed heap every few milliseconds while the drain runs, from a baseline taken after a full
/// collection: its peak, garbage not yet collected included, beside the process's peak working set.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peakHeap;
    private long _peakAfterCollection;
    private long _peakLargeObjects;
    private long _peakCommitted;

    private MemorySampler()
    {
        BaselineHeap = GC.GetTotalMemory(forceFullCollection: true);
        BaselineAllocated = GC.GetTotalAllocatedBytes(precise: true);
        using (var process = Process.GetCurrentProcess())
        {
            BaselineWorkingSet = process.WorkingSet64;
        }

        _peakHeap = BaselineHeap;
        _sampling = Task.Run(SampleAsync);
    }

    /// <summary>The live managed heap when the drain began.</summary>
    public long BaselineHeap { get; }

    /// <summary>The process's working set when the drain began: the runtime, the code and the worker's services, before any cycle.</summary>
    public long BaselineWorkingSet { get; }

    /// <summary>Bytes allocated by the process before the drain.</summary>
    public long BaselineAllocated { get; }

    /// <summary>The largest managed heap seen during the drain, garbage not yet collected included.</summary>
    public long PeakHeap => Interlocked.Read(ref _peakHeap);

    /// <summary>The largest heap a collection left (live data and fragmentation): what the drain held, garbage aside.</summary>
    public long PeakAfterCollection => Interlocked.Read(ref _peakAfterCollection);

    /// <summary>The largest large-object heap seen before a collection (buffers of 85 KB or more: pages, batch bodies).</summary>
    public long PeakLargeObjects => Interlocked.Read(ref _peakLargeObjects);

    /// <summary>The most memory the GC had committed (heap, free regions it keeps, bookkeeping), as of its last collection.</summary>
    public long PeakCommitted => Interlocked.Read(ref _peakCommitted);

    public static MemorySampler Start() => new();

    /// <summary>Stops sampling and returns the live heap after a full collection (what the drain left behind).</summary>
    public async Task<long> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>The process's peak working set so far (the kernel's high-water mark of resident memory).</summary>
    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Raise(ref _peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                var last = GC.GetGCMemoryInfo();
                Raise(ref _peakAfterCollection, last.HeapSizeBytes);
                Raise(ref _peakCommitted, last.TotalCommittedBytes);
                Raise(ref _peakLargeObjects, last.GenerationInfo.Length > 3 ? last.GenerationInfo[3].SizeBeforeBytes : 0);
            }
        }
        catch (OperationCanceledException)
        {
            // The drain ended.
        }
    }

    private static void Raise(ref long peak, long value)
    {
        if (value > Interlocked.Read(ref peak))
        {
            Interlocked.Exchange(ref peak, value);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }
}
