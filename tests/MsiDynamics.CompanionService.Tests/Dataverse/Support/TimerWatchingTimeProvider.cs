using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also reports each timer created on it (Polly's retry delays), so
/// a test can wait for the client to start waiting, check how long, and advance exactly that far.
/// </summary>
internal sealed class TimerWatchingTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake { get; } = new(start);

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer the client creates (or already created); fails after 10 s of real time.</summary>
    public Task<TimeSpan> NextTimerAsync() => _timers.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Waits for the client's next timer, checks nothing, and lets exactly its time pass.</summary>
    public async Task<TimeSpan> ElapseNextTimerAsync()
    {
        var due = await NextTimerAsync();
        Fake.Advance(due);
        return due;
    }
}
