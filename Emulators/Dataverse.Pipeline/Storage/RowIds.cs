namespace MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

/// <summary>
/// New row ids, sequential as the platform's are: Dataverse generates sequential GUIDs, so its rows sort by
/// primary key in creation order, and OData paging (the <c>$skiptoken</c> cookie holds the last key) relies on
/// it (dataverse.md §6, <c>webapi/query/page-results</c>). The first four bytes count up from a random
/// start, the rest are random, so ids stay unique across organisations and sort by <see cref="Guid.CompareTo(Guid)"/>
/// (which compares those bytes first, as an unsigned number) in the order they were made.
/// </summary>
internal sealed class RowIds
{
    private readonly object _gate = new();
    private uint _next = (uint)Random.Shared.Next(0x1000_0000, 0x4000_0000);

    public Guid Next()
    {
        uint counter;
        lock (_gate)
        {
            counter = _next++;
        }

        Span<byte> tail = stackalloc byte[12];
        Random.Shared.NextBytes(tail);
        return new Guid(unchecked((int)counter), BitConverter.ToInt16(tail[..2]), BitConverter.ToInt16(tail[2..4]), tail[4..].ToArray());
    }
}
