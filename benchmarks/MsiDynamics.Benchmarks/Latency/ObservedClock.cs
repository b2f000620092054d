using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace MsiDynamics.Benchmarks.Latency;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows which of its timers are armed and when each is due, so a simulation can
/// advance the clock straight to the next thing the worker waits for (a look at the queue, a lease renewal) and no
/// further: no timer is ever skipped past, so no wait is stretched.
/// </summary>
internal sealed class ObservedClock(DateTimeOffset start) : TimeProvider
{
    private readonly FakeTimeProvider _fake = new(start);
    private readonly ConcurrentDictionary<ObservedTimer, DateTimeOffset> _armed = new();

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>How many timers are armed now (a change means the worker moved on).</summary>
    public int Armed => _armed.Count;

    /// <summary>When the earliest armed timer is due, if any.</summary>
    public DateTimeOffset? NextDue => _armed.IsEmpty ? null : _armed.Values.Min();

    public void Advance(TimeSpan step) => _fake.Advance(step);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ObservedTimer(this);
        timer.Inner = _fake.CreateTimer(s => timer.Fired(callback, s), state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>A timer of the fake clock whose due instant the clock keeps while it is armed.</summary>
    private sealed class ObservedTimer(ObservedClock clock) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public ITimer Inner { get; set; } = null!;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                clock._armed.TryRemove(this, out _);
            }
            else
            {
                clock._armed[this] = clock.GetUtcNow() + dueTime;
            }

            return Inner.Change(dueTime, period);
        }

        public void Fired(TimerCallback callback, object? state)
        {
            if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
            {
                clock._armed[this] = clock.GetUtcNow() + _period;
            }
            else
            {
                clock._armed.TryRemove(this, out _);
            }

            callback(state);
        }

        public void Dispose()
        {
            clock._armed.TryRemove(this, out _);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
