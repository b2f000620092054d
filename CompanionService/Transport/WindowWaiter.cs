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

    /// <summary>A lease for admitted permits. Disposing it returns nothing: permits come back with time only.</summary>
    public static RateLimitLease Acquired { get; } = new Lease(true);

    /// <summary>A lease for permits that did not fit (only <c>AttemptAcquire</c> answers with it).</summary>
    public static RateLimitLease Failed { get; } = new Lease(false);

    /// <summary>Permits this call needs.</summary>
    public int Permits => permits;

    /// <summary>Its place in the queue; <see cref="LinkedListNode{T}.List"/> is null once it left the queue.</summary>
    public LinkedListNode<WindowWaiter>? Node { get; set; }

    /// <summary>Completes with <see cref="Acquired"/> when admitted.</summary>
    public Task<RateLimitLease> Task => _lease.Task;

    public void Admit() => _lease.TrySetResult(Acquired);

    public void Cancel(CancellationToken cancellationToken) => _lease.TrySetCanceled(cancellationToken);

    public void Fail(Exception error) => _lease.TrySetException(error);

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
