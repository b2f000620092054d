using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>The names <c>status</c> prints for the queue's choice values (architecture.md §4).</summary>
internal static class QueueLabels
{
    /// <summary>The statuses a row can have today, in the order they are listed (2, the retired InProgress, is not one).</summary>
    public static readonly QueueStatus[] Statuses =
        [QueueStatus.Pending, QueueStatus.RetryScheduled, QueueStatus.DeadLettered, QueueStatus.Succeeded, QueueStatus.Superseded];

    public static readonly QueueLane[] Lanes = [QueueLane.Live, QueueLane.Backfill];

    public static string Status(int? value) =>
        value is { } v && Enum.IsDefined(typeof(QueueStatus), v) ? ((QueueStatus)v).ToString() : value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None";

    public static string Lane(int? value) =>
        value is { } v && Enum.IsDefined(typeof(QueueLane), v) ? ((QueueLane)v).ToString() : value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None";
}
