namespace MsiDynamics.CompanionService.Dataverse.Transport;

/// <summary>
/// The worker's running count of both Dataverse costs (dataverse.md §0.12): Web API requests, which the service
/// protection limits count, and operations, which the organisation's entitlement counts (every operation inside a
/// <c>$batch</c>, every target of a bulk message). One per process; read it before and after a piece of work.
/// </summary>
public sealed class DataverseCosts
{
    private long _requests;
    private long _operations;

    /// <summary>Web API requests sent (a <c>$batch</c> is one; a retry is another).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Operations Dataverse counts against the entitlement.</summary>
    public long Operations => Interlocked.Read(ref _operations);

    /// <summary>Counts one request that carries <paramref name="operations"/> operations.</summary>
    public void Count(long operations)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Add(ref _operations, operations);
    }

    public override string ToString() => $"{Requests} requests, {Operations} operations";
}
