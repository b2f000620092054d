namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// The signal that starts a drain cycle at once: raised by the <c>/wake</c> endpoint (a Dataverse webhook on queue-row
/// Create) and by a fresh claim of the drain lease. Signals raised before a cycle starts are served by it; those raised
/// while it runs fold into one, and the wait after it ends at once. One a process.
/// </summary>
internal sealed class WakeSignal
{
    private TaskCompletionSource _signal = New();
    private long _raised;

    /// <summary>How many times the signal was raised since the process started.</summary>
    public long Raised => Interlocked.Read(ref _raised);

    /// <summary>Asks for a cycle now.</summary>
    public void Raise()
    {
        Interlocked.Increment(ref _raised);
        Volatile.Read(ref _signal).TrySetResult();
    }

    /// <summary>Marks every signal raised so far as served: a cycle starting now sees what they asked for.</summary>
    public void Consume()
    {
        var signal = Volatile.Read(ref _signal);
        if (signal.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _signal, New(), signal);
        }
    }

    /// <summary>
    /// Starts waiting up to <paramref name="delay"/> on <paramref name="time"/> for the signal. The timer is set when this
    /// returns. The task is true when the signal ended the wait (and is then consumed), false when the delay ran out.
    /// </summary>
    public Task<bool> WaitAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        var signal = Volatile.Read(ref _signal);
        var waiting = signal.Task.WaitAsync(delay, time, cancellationToken);
        return Conclude(signal, waiting);
    }

    private async Task<bool> Conclude(TaskCompletionSource signal, Task waiting)
    {
        try
        {
            await waiting.ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return false;
        }

        Interlocked.CompareExchange(ref _signal, New(), signal);
        return true;
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
