using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Tests.Sync.Collapse;

namespace MsiDynamics.CompanionService.Tests.Sync.Completion;

/// <summary>A planner on a fixed clock and a seeded jitter, with the default retry options.</summary>
internal static class Planning
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static CompletionPlanner Planner(QueueRetryOptions? options = null) =>
        new(new QueueBackoff(options ?? new QueueRetryOptions(), new Random(11)), new FakeTimeProvider(Now));

    /// <summary>The one record's work the collapse makes of <paramref name="rows"/>.</summary>
    public static RecordWork Work(DueRows rows) => QueueCollapse.Collapse(rows.All).Single();
}
