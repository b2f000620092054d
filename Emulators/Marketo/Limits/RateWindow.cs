namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Call times in a sliding window: how many calls fall in the last <c>window</c> ending now. Used for
/// Marketo's 100 calls / 20 s limit (marketo.md §5.1) and for <see cref="MarketoTraffic.MaxCallsInAnyWindow"/>.
/// </summary>
internal sealed class RateWindow
{
    private readonly object _gate = new();
    private readonly LinkedList<DateTimeOffset> _calls = new();

    /// <summary>Records a call at <paramref name="now"/>; returns the calls in the window, this one included.</summary>
    public int Add(DateTimeOffset now, TimeSpan window)
    {
        lock (_gate)
        {
            while (_calls.First is { } first && first.Value <= now - window)
            {
                _calls.RemoveFirst();
            }

            _calls.AddLast(now);
            return _calls.Count;
        }
    }

    /// <summary>Takes back a call recorded at <paramref name="stamp"/> (one that turned out not to count).</summary>
    public void Remove(DateTimeOffset stamp)
    {
        lock (_gate)
        {
            for (var node = _calls.Last; node is not null; node = node.Previous)
            {
                if (node.Value == stamp)
                {
                    _calls.Remove(node);
                    return;
                }
            }
        }
    }
}
