using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Limits;

/// <summary>
/// Counts this process's Marketo calls per quota day and refuses a call before the quota is gone:
/// pushes stop when only <see cref="MarketoOptions.DailyQuotaReserve"/> is left, reads may use the
/// reserve. A 607 from Marketo closes the day for everyone until 00:00 America/Chicago.
/// </summary>
public sealed class DailyQuotaCounter
{
    private readonly TimeProvider _time;
    private readonly long _quota;
    private readonly long _reserve;
    private readonly Lock _lock = new();
    private long _used;
    private bool _exhaustedByMarketo;
    private DateTimeOffset _resetsAt;

    public DailyQuotaCounter(IOptions<MarketoOptions> options, TimeProvider time)
    {
        _time = time;
        _quota = options.Value.DailyQuota;
        _reserve = options.Value.DailyQuotaReserve;
        _resetsAt = QuotaDay.NextReset(time.GetUtcNow());
    }

    /// <summary>Counts one call if the quota allows it for <paramref name="kind"/>; false if it does not.</summary>
    public bool TryAcquire(MarketoOperationKind kind)
    {
        lock (_lock)
        {
            RollOver();
            var limit = kind == MarketoOperationKind.Read ? _quota : _quota - _reserve;
            if (_exhaustedByMarketo || _used >= limit)
            {
                return false;
            }

            _used++;
            return true;
        }
    }

    /// <summary>Gives back a call Marketo does not count (601, 602, 604, 605, 608, 611).</summary>
    public void Refund()
    {
        lock (_lock)
        {
            _used = Math.Max(0, _used - 1);
        }
    }

    /// <summary>Marketo answered 607: no more calls of any kind until the reset.</summary>
    public void MarkExhaustedByMarketo()
    {
        lock (_lock)
        {
            RollOver();
            _exhaustedByMarketo = true;
        }
    }

    /// <summary>The count as of now.</summary>
    public MarketoQuotaState Snapshot()
    {
        lock (_lock)
        {
            RollOver();
            return new MarketoQuotaState(_used, _quota, _reserve, _resetsAt, _exhaustedByMarketo);
        }
    }

    private void RollOver()
    {
        var now = _time.GetUtcNow();
        if (now >= _resetsAt)
        {
            _used = 0;
            _exhaustedByMarketo = false;
            _resetsAt = QuotaDay.NextReset(now);
        }
    }
}
