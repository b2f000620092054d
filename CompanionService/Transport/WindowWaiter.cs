using System.Threading.RateLimiting;

namespace MsiDynamics.CompanionService.Transport;

/// <summary>
/// One call waiting in <see cref="WindowLimiter"/>'s queue for window permits, and the leases the limiter hands out.
/// Completed by the limiter under its lock; its continuation runs asynchronously, so no caller's code ever runs
/// inside that lock (or inside a fake clock's <c>Advance</c>).
/// </summary>
internal sealed class WindowWaiter(int permits)
{
    private readonly TaskCompletionSource<RateLimitLease> _lease = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A lease for permits that did not fit (only <c>AttemptAcquire</c> answers with it).</summary>
    public static RateLimitLease Failed { get; } = new Lease(null, 0);

    /// <summary>Permits this call needs.</summary>
    public int Permits => permits;

    /// <summary>Its place in the queue; <see cref="LinkedListNode{T}.List"/> is null once it left the queue.</summary>
    public LinkedListNode<WindowWaiter>? Node { get; set; }

    /// <summary>Completes with an acquired <see cref="Lease"/> when admitted.</summary>
    public Task<RateLimitLease> Task => _lease.Task;

    public void Admit(WindowLimiter limiter) => _lease.TrySetResult(new Lease(limiter, permits));

    public void Cancel(CancellationToken cancellationToken) => _lease.TrySetCanceled(cancellationToken);

    public void Fail(Exception error) => _lease.TrySetException(error);

    /// <summary>
    /// Admitted permits (or none, for <see cref="Failed"/>). Disposing it, when the call was answered, starts the
    /// permits' way back: they are free again one window later. A second dispose does nothing.
    /// </summary>
    internal sealed class Lease(WindowLimiter? limiter, int permits) : RateLimitLease
    {
        private int _released;

        public override bool IsAcquired => limiter is not null;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && limiter is not null && Interlocked.Exchange(ref _released, 1) == 0)
            {
                limiter.Release(permits);
            }
        }
    }
}
