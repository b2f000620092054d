namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// Ids for the records the workload creates, made as the platform makes them (sequential: the first four bytes count
/// up, the rest are random; dataverse.md §6 paging relies on rows sorting by key in creation order), from the
/// operation's own <see cref="Random"/>, so one user's run creates the same ids every time.
/// </summary>
internal sealed class WorkloadIds(int start)
{
    private int _next = start;

    public Guid Next(Random random)
    {
        var counter = Interlocked.Increment(ref _next);
        Span<byte> tail = stackalloc byte[12];
        random.NextBytes(tail);
        return new Guid(counter, BitConverter.ToInt16(tail[..2]), BitConverter.ToInt16(tail[2..4]), tail[4..].ToArray());
    }
}
