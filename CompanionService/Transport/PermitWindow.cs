namespace MsiDynamics.CompanionService.Transport;

/// <summary>
/// The bookkeeping of <see cref="WindowLimiter"/>: the moments (timestamps of a <see cref="TimeProvider"/>) at which
/// the permits still inside the window were admitted, oldest first. A permit admitted at t counts until t + window
/// and is free again at exactly t + window, as the server counts "any exact window" (marketo.md §5.1,
/// dataverse.md §6). Not thread-safe: the limiter calls it under its lock.
/// </summary>
internal sealed class PermitWindow(int permits, TimeSpan window, TimeProvider time)
{
    private readonly Queue<long> _admitted = new();

    /// <summary>Permits free at <paramref name="now"/>.</summary>
    public int Available(long now)
    {
        Prune(now);
        return permits - _admitted.Count;
    }

    /// <summary>Admits <paramref name="count"/> permits at <paramref name="now"/> if they fit; false if not.</summary>
    public bool TryAdmit(int count, long now)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, permits);
        if (Available(now) < count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            _admitted.Enqueue(now);
        }

        return true;
    }

    /// <summary>
    /// The timestamp of the admission whose end of window frees enough permits for <paramref name="count"/>
    /// more, which do not fit at <paramref name="now"/>: the count-th oldest beyond what is free.
    /// </summary>
    public long FreedBy(int count, long now) => _admitted.ElementAt(count - Available(now) - 1);

    /// <summary>How long after <paramref name="now"/> the window of the admission at <paramref name="admitted"/> ends.</summary>
    public TimeSpan Remaining(long admitted, long now) => window - time.GetElapsedTime(admitted, now);

    private void Prune(long now)
    {
        while (_admitted.TryPeek(out var oldest) && time.GetElapsedTime(oldest, now) >= window)
        {
            _admitted.Dequeue();
        }
    }
}
