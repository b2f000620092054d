using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Schema;

namespace MsiDynamics.Benchmarks.Latency;

/// <summary>
/// Saves new leads through the organisation's pipeline, as a sales rep would, so the real plug-in queues each one, and
/// watches Marketo's store every 25 ms for each lead's external person id: the time from the start of the save to the
/// first look that finds the lead is the change's latency to Marketo.
/// </summary>
internal sealed class ChangeProbe : IAsyncDisposable
{
    private static readonly TimeSpan Look = TimeSpan.FromMilliseconds(25);

    private readonly IOrganizationService _rep;
    private readonly MarketoStore _store;
    private readonly EntityReference _owner;
    private readonly ConcurrentDictionary<string, long> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<TimeSpan> _arrived = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;
    private int _saved;

    public ChangeProbe(InMemoryOrganization org, MarketoStore store, string tag)
    {
        _rep = org.ServiceAs(org.SystemUserId);
        _store = store;
        _owner = new EntityReference(DataverseSchema.SystemUser.EntityName, _rep.Create(new Entity(DataverseSchema.SystemUser.EntityName)
        {
            ["firstname"] = "Rep", ["lastname"] = $"Seller {tag}", ["internalemailaddress"] = $"rep.{tag}@contoso.example",
        }));
        Tag = tag;
        _watching = Task.Run(WatchAsync);
    }

    private string Tag { get; }

    /// <summary>Changes saved and not yet in Marketo.</summary>
    public int Pending => _pending.Count;

    /// <summary>Saves one new lead; returns once the save (and the plug-in's queue-row Create) is done.</summary>
    public void Save()
    {
        var started = Stopwatch.GetTimestamp();
        var n = Interlocked.Increment(ref _saved);
        var id = _rep.Create(new Entity(DataverseSchema.Lead.EntityName)
        {
            ["firstname"] = "Lu", ["lastname"] = $"Latency {Tag} {n}", ["emailaddress1"] = $"latency.{Tag}.{n}@prospect.example", ["ownerid"] = _owner,
        });
        _pending[id.ToString()] = started;
    }

    /// <summary>Takes the latencies measured since the last call.</summary>
    public IReadOnlyList<TimeSpan> Take()
    {
        var taken = new List<TimeSpan>();
        while (_arrived.TryDequeue(out var latency))
        {
            taken.Add(latency);
        }

        return taken;
    }

    /// <summary>Waits until every saved change is in Marketo, or <paramref name="limit"/> passes (then false).</summary>
    public async Task<bool> AllArrivedAsync(TimeSpan limit)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (!_pending.IsEmpty && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(Look);
        }

        return _pending.IsEmpty;
    }

    private async Task WatchAsync()
    {
        using var timer = new PeriodicTimer(Look);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                foreach (var (id, started) in _pending)
                {
                    if (_store.FindLeadsByExternalPersonId(id).Count > 0 && _pending.TryRemove(id, out _))
                    {
                        _arrived.Enqueue(Stopwatch.GetElapsedTime(started));
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Measurement over.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _stop.Dispose();
    }
}
