namespace MsiDynamics.Emulators.Kit.Traffic;

/// <summary>Requests in flight now and the most there were at once. Thread-safe.</summary>
public sealed class InFlightGauge
{
    private int _inFlight;
    private int _peak;

    /// <summary>Requests in flight now.</summary>
    public int Current => Volatile.Read(ref _inFlight);

    /// <summary>The most requests in flight at once since the start or the last <see cref="ResetPeak"/>.</summary>
    public int Peak => Volatile.Read(ref _peak);

    /// <summary>A request arrived; returns how many are in flight now, this one included.</summary>
    public int Enter()
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        Raise(ref _peak, inFlight);
        return inFlight;
    }

    /// <summary>A request was answered or dropped.</summary>
    public void Leave() => Interlocked.Decrement(ref _inFlight);

    /// <summary>Starts the peak again from the requests in flight now.</summary>
    public void ResetPeak() => Volatile.Write(ref _peak, Current);

    /// <summary>Raises <paramref name="maximum"/> to <paramref name="value"/> if it is higher, without a lock.</summary>
    public static void Raise(ref int maximum, int value)
    {
        var current = Volatile.Read(ref maximum);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref maximum, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
