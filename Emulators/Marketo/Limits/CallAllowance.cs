namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Admits REST calls against the daily quota (607), the sliding rate window (606) and the concurrency limit
/// (615) (marketo.md §5.1, §5.2). Every call that reaches it counts, refused ones included; a call
/// that ends with a code marked * in §5.2 (601, 602, 604, 605, 608, 611) is taken back.
/// </summary>
internal sealed class CallAllowance
{
    private readonly RateWindow _rate = new();
    private readonly DailyQuota _quota = new();
    private int _inFlight;

    /// <summary>The code refusing the call (607 or 606), or null when it may run.</summary>
    public string? Admit(MarketoEmulatorOptions options, DateTimeOffset now)
    {
        var today = _quota.Add(now);
        var inWindow = _rate.Add(now, options.RateWindow);
        if (today > options.DailyQuota)
        {
            return MarketoErrors.DailyQuota;
        }

        return inWindow > options.CallsPerWindow ? MarketoErrors.RateLimit : null;
    }

    /// <summary>Takes back a call admitted at <paramref name="stamp"/>.</summary>
    public void Refund(DateTimeOffset stamp)
    {
        _rate.Remove(stamp);
        _quota.Remove(stamp);
    }

    /// <summary>Takes a concurrency slot, or returns false when <paramref name="max"/> calls already hold one (615).</summary>
    public bool TryEnter(int max)
    {
        if (Interlocked.Increment(ref _inFlight) <= max)
        {
            return true;
        }

        Interlocked.Decrement(ref _inFlight);
        return false;
    }

    public void Exit() => Interlocked.Decrement(ref _inFlight);

    /// <summary>The message of a limit refusal, with the configured values (§5.2).</summary>
    public static string MessageFor(string code, MarketoEmulatorOptions options) => code == MarketoErrors.RateLimit
        ? MarketoErrors.RateLimitMessage(options.CallsPerWindow, options.RateWindow)
        : MarketoErrors.MessageFor(code);
}
