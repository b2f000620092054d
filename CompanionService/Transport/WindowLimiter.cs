using System.Threading.RateLimiting;

namespace MsiDynamics.CompanionService.Transport;

/// <summary>
/// An exact sliding window on a <see cref="TimeProvider"/>: at most <c>permits</c> calls in any window of
/// <c>window</c>, each permit held while its call is in flight and free again exactly one window after the call was
/// answered (its lease disposed), so the server, which counts calls as they arrive, never sees more than
/// <c>permits</c> in any exact window (Marketo's "100 calls in any 20 s", marketo.md §5.1; Dataverse's "6,000 in
/// 5 minutes", dataverse.md §6), whatever the network's delays.
/// Waiters are served oldest first; a cancelled waiter leaves the queue without a permit. Never rejects a waiter.
/// </summary>
/// <remarks>
/// A timer exists only while someone waits, and only one: an unsaturated window creates none, so a test that
/// watches a fake clock's timers sees only its own.
/// </remarks>
internal sealed class WindowLimiter : RateLimiter
{
    private readonly Lock _lock = new();
    private readonly LinkedList<WindowWaiter> _waiters = new();
    private readonly PermitWindow _window;
    private readonly TimeProvider _time;
    private ITimer? _timer;
    private long? _timerFor;
    private bool _disposed;

    public WindowLimiter(int permits, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permits);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _window = new PermitWindow(permits, window, time);
        _time = time;
    }

    /// <summary>Never idle for a partitioned limiter's clean-up: this limiter is one per API, for the process's life.</summary>
    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _window.Available(_time.GetTimestamp()),
                CurrentQueuedCount = _waiters.Sum(w => w.Permits),
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var admitted = _waiters.Count == 0 && _window.TryAdmit(permitCount, _time.GetTimestamp());
            return admitted ? new WindowWaiter.Lease(this, permitCount) : WindowWaiter.Failed;
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var waiter = new WindowWaiter(permitCount);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_waiters.Count == 0 && _window.TryAdmit(permitCount, _time.GetTimestamp()))
            {
                return new WindowWaiter.Lease(this, permitCount);
            }

            waiter.Node = _waiters.AddLast(waiter);
            Serve();
        }

        // Outside the lock: disposing the registration waits for a running Cancel, which takes the lock.
        await using var registration = cancellationToken.UnsafeRegister(_ => Cancel(waiter, cancellationToken), null);
        return await waiter.Task.ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        lock (_lock)
        {
            _disposed = true;
            _timer?.Dispose();
            foreach (var waiter in _waiters)
            {
                waiter.Fail(new ObjectDisposedException(nameof(WindowLimiter)));
            }

            _waiters.Clear();
        }
    }

    /// <summary>The call holding <paramref name="permits"/> was answered now: its permits come back one window later.</summary>
    internal void Release(int permits)
    {
        lock (_lock)
        {
            _window.Release(permits, _time.GetTimestamp());
            if (!_disposed)
            {
                Serve();
            }
        }
    }

    private void Cancel(WindowWaiter waiter, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (waiter.Node?.List is null)
            {
                return; // already admitted: the permit is the caller's
            }

            _waiters.Remove(waiter.Node);
            waiter.Cancel(cancellationToken);
            Serve(); // the next waiter may now be first
        }
    }

    private void OnTimer()
    {
        lock (_lock)
        {
            _timerFor = null;
            if (!_disposed)
            {
                Serve();
            }
        }
    }

    /// <summary>Admits waiters from the front while they fit, then times the first that does not. Under the lock.</summary>
    private void Serve()
    {
        var now = _time.GetTimestamp();
        while (_waiters.First is { } first && _window.TryAdmit(first.Value.Permits, now))
        {
            _waiters.RemoveFirst();
            first.Value.Admit(this);
        }

        var freedBy = _waiters.First is { } next ? _window.FreedBy(next.Value.Permits, now) : (long?)null;
        if (freedBy == _timerFor)
        {
            return; // the timer already set is for that moment (or no one waits and there is none)
        }

        _timer?.Dispose();
        _timer = null;
        _timerFor = freedBy;
        if (freedBy is { } admitted)
        {
            // The system clock's timers run in whole milliseconds and drop the fraction (20.4 ms fires after 20 ms):
            // rounded up, a waiter is never woken before its permit is back (an early wake-up is re-timed anyway).
            var due = TimeSpan.FromMilliseconds(Math.Ceiling(_window.Remaining(admitted, now).TotalMilliseconds));
            _timer = _time.CreateTimer(_ => OnTimer(), null, due, Timeout.InfiniteTimeSpan);
        }
    }
}
