namespace MsiDynamics.Emulators.Dataverse.WebApi.Limits;

/// <summary>
/// What one user spent of the service protection limits (dataverse.md §6, §0.12): the times of the requests
/// admitted and the execution time charged inside the sliding window, and the requests in flight. Not
/// thread-safe: <see cref="ServiceProtection"/> holds its lock around every use.
/// </summary>
internal sealed class UserBudget
{
    private readonly Queue<DateTimeOffset> _requests = new();
    private readonly Queue<(DateTimeOffset At, TimeSpan Cost)> _charges = new();

    public int InFlight { get; set; }

    /// <summary>Requests admitted inside the window.</summary>
    public int Requests => _requests.Count;

    /// <summary>When the oldest request inside the window was admitted.</summary>
    public DateTimeOffset OldestRequest => _requests.Peek();

    /// <summary>Execution time charged inside the window.</summary>
    public TimeSpan Charged { get; private set; }

    /// <summary>Forgets what left the window that ends at <paramref name="now"/>.</summary>
    public void Slide(DateTimeOffset now, TimeSpan window)
    {
        while (_requests.Count > 0 && _requests.Peek() <= now - window)
        {
            _requests.Dequeue();
        }

        while (_charges.Count > 0 && _charges.Peek().At <= now - window)
        {
            Charged -= _charges.Dequeue().Cost;
        }
    }

    public void Admit(DateTimeOffset now)
    {
        _requests.Enqueue(now);
        InFlight++;
    }

    public void Charge(DateTimeOffset now, TimeSpan cost)
    {
        if (cost > TimeSpan.Zero)
        {
            _charges.Enqueue((now, cost));
            Charged += cost;
        }
    }

    /// <summary>When enough charges will have left the window for the total to be under <paramref name="limit"/>.</summary>
    public DateTimeOffset UnderLimitAt(TimeSpan limit, TimeSpan window)
    {
        var left = Charged;
        foreach (var (at, cost) in _charges)
        {
            left -= cost;
            if (left < limit)
            {
                return at + window;
            }
        }

        return DateTimeOffset.MinValue;
    }
}
