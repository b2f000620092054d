namespace MsiDynamics.CompanionService.Transport;

/// <summary>
/// The bookkeeping of <see cref="WindowLimiter"/>: the permits of calls still in flight, and the moments (timestamps
/// of a <see cref="TimeProvider"/>) at which the calls of the others were answered, oldest first. A permit counts
/// from its call's admission until one window after that call was answered, and is free again at exactly that
/// moment. The server counts calls as they arrive in "any exact window" (marketo.md §5.1, dataverse.md §6); a call
/// arrives before it is answered, so a permit reused one window after the answer can never put two calls of one
/// permit in one window of the server's, however the network delays them. Not thread-safe: the limiter calls it
/// under its lock.
/// </summary>
internal sealed class PermitWindow(int permits, TimeSpan window, TimeProvider time)
{
    private readonly Queue<long> _answered = new();
    private int _inFlight;

    /// <summary>Permits free at <paramref name="now"/>.</summary>
    public int Available(long now)
    {
        Prune(now);
        return permits - _inFlight - _answered.Count;
    }

    /// <summary>Admits <paramref name="count"/> permits at <paramref name="now"/> if they fit; false if not.</summary>
    public bool TryAdmit(int count, long now)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, permits);
        if (Available(now) < count)
        {
            return false;
        }

        _inFlight += count;
        return true;
    }

    /// <summary>The call holding <paramref name="count"/> permits was answered at <paramref name="now"/>.</summary>
    public void Release(int count, long now)
    {
        _inFlight -= count;
        for (var i = 0; i < count; i++)
        {
            _answered.Enqueue(now);
        }
    }

    /// <summary>
    /// The answer whose end of window frees enough permits for <paramref name="count"/> more, which do not fit at
    /// <paramref name="now"/>: the count-th oldest beyond what is free; null when calls still in flight hold the
    /// permits needed (their answers will free them).
    /// </summary>
    public long? FreedBy(int count, long now)
    {
        var needed = count - Available(now);
        return needed <= _answered.Count ? _answered.ElementAt(needed - 1) : null;
    }

    /// <summary>How long after <paramref name="now"/> the window of the answer at <paramref name="answered"/> ends.</summary>
    public TimeSpan Remaining(long answered, long now) => window - time.GetElapsedTime(answered, now);

    private void Prune(long now)
    {
        while (_answered.TryPeek(out var oldest) && time.GetElapsedTime(oldest, now) >= window)
        {
            _answered.Dequeue();
        }
    }
}
