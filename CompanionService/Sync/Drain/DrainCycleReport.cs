using MsiDynamics.CompanionService.Marketo.Limits;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>What one drain cycle did: every record it settled, why it stopped early if it did, and what it cost.</summary>
/// <param name="RowsRead">Due queue rows read (readable or not).</param>
/// <param name="Records">One result per record the cycle worked on, in push order.</param>
/// <param name="Stopped">Null when the cycle ran to its end; else why it stopped with rows left due.</param>
/// <param name="MarketoCalls">Marketo REST calls the cycle made (pushes and reads).</param>
/// <param name="Quota">Marketo's daily quota after the cycle.</param>
/// <param name="DataverseRequests">Web API requests the cycle sent (service-protection count).</param>
/// <param name="DataverseOperations">Operations Dataverse counts against the entitlement (every target of a bulk message, every operation of a <c>$batch</c>).</param>
public sealed record DrainCycleReport(
    int RowsRead,
    IReadOnlyList<DrainRecordResult> Records,
    DrainStop? Stopped,
    long MarketoCalls,
    MarketoQuotaState? Quota,
    long DataverseRequests,
    long DataverseOperations)
{
    /// <summary>An empty queue: nothing read, nothing done.</summary>
    public static DrainCycleReport Idle(MarketoQuotaState? quota, long requests, long operations) =>
        new(0, [], null, 0, quota, requests, operations);

    /// <summary>Whether the cycle found work: the next cycle should follow at once.</summary>
    public bool FoundWork => RowsRead > 0 && Stopped is null;

    public override string ToString() =>
        $"{RowsRead} due rows, {Records.Count} records"
        + (Stopped is { } stop ? $"; stopped: {stop}" : string.Empty)
        + $"; {MarketoCalls} Marketo calls, {DataverseRequests} Dataverse requests ({DataverseOperations} operations)";
}
