using MsiDynamics.CompanionService.Marketo.Limits;
using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// What <see cref="DrainRunner.DrainUntilEmptyAsync"/> did: the cycles it ran under one tenure of the drain lease, added
/// up, and why it ended. <see cref="Drained"/> is the queue found empty of due rows.
/// </summary>
/// <param name="LeaseHeld">False when another worker held the drain lease (or it could not be read): nothing ran.</param>
/// <param name="Cycles">Drain cycles run.</param>
/// <param name="RowsRead">Due queue rows read, over all cycles.</param>
/// <param name="Records">Records settled, over all cycles.</param>
/// <param name="DeadLettered">Records whose rows ended dead-lettered.</param>
/// <param name="Stopped">Why the last cycle stopped with rows left due; null when it ran to its end.</param>
/// <param name="Interrupted">True when a stop request (Ctrl+C, service stop) ended the drain before the queue was empty.</param>
/// <param name="MarketoCalls">Marketo REST calls, over all cycles.</param>
/// <param name="Quota">Marketo's daily quota after the last cycle.</param>
/// <param name="DataverseRequests">Dataverse Web API requests of the cycles.</param>
/// <param name="DataverseOperations">Dataverse entitlement operations of the cycles.</param>
public sealed record DrainSummary(
    bool LeaseHeld,
    int Cycles,
    long RowsRead,
    long Records,
    long DeadLettered,
    DrainStop? Stopped,
    bool Interrupted,
    long MarketoCalls,
    MarketoQuotaState? Quota,
    long DataverseRequests,
    long DataverseOperations)
{
    /// <summary>Nothing ran: the lease was not this worker's.</summary>
    public static DrainSummary NotHeld { get; } = new(false, 0, 0, 0, 0, null, false, 0, null, 0, 0);

    /// <summary>Whether the drain ended on a cycle that found no work: the queue has no due rows left.</summary>
    public bool Drained => LeaseHeld && Stopped is null && !Interrupted;

    /// <summary>Adds one cycle's report.</summary>
    public DrainSummary With(DrainCycleReport report) => this with
    {
        LeaseHeld = true,
        Cycles = Cycles + 1,
        RowsRead = RowsRead + report.RowsRead,
        Records = Records + report.Records.Count,
        DeadLettered = DeadLettered + report.Records.Count(r => r.End == Schema.QueueStatus.DeadLettered),
        Stopped = report.Stopped,
        MarketoCalls = MarketoCalls + report.MarketoCalls,
        Quota = report.Quota ?? Quota,
        DataverseRequests = DataverseRequests + report.DataverseRequests,
        DataverseOperations = DataverseOperations + report.DataverseOperations,
    };

    public override string ToString() =>
        $"{Cycles} cycles, {RowsRead} due rows, {Records} records ({DeadLettered} dead-lettered); "
        + $"{MarketoCalls} Marketo calls, {DataverseRequests} Dataverse requests ({DataverseOperations} operations)";
}
