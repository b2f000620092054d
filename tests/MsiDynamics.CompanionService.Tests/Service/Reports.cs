using MsiDynamics.CompanionService.Marketo.Limits;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Service;

/// <summary>Drain cycle reports as the drain writes them: one with work, an idle one, a stopped one.</summary>
internal static class Reports
{
    public static readonly MarketoQuotaState Quota = new(120, 10_000, 1_000, new DateTimeOffset(2026, 3, 3, 6, 0, 0, TimeSpan.Zero), false);

    public static DrainCycleReport Idle { get; } = DrainCycleReport.Idle(Quota, 1, 1);

    /// <summary>Three rows: a lead pushed (two rows), a contact dead-lettered (one row).</summary>
    public static DrainCycleReport Work { get; } = new(3,
        [
            new DrainRecordResult("lead", Guid.Parse("0a000000-0000-0000-0000-000000000001"), QueueOperation.Upsert, QueueStatus.Succeeded, 2, null, "1001"),
            new DrainRecordResult("contact", Guid.Parse("0c000000-0000-0000-0000-000000000002"), QueueOperation.Upsert, QueueStatus.DeadLettered, 1,
                "Marketo refused the e-mail address (1003).", null),
        ],
        null, 2, Quota, 4, 6);

    public static DrainCycleReport Stopped(DrainStop stop) => Work with { Records = [], Stopped = stop };
}
