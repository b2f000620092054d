using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.Transport;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Dataverse.Queue;

/// <summary>
/// How a due row ends (architecture.md §3.7): Succeeded, RetryScheduled (with its next attempt), DeadLettered
/// or Superseded, with the attempt count, a reason a person can read (never a secret; at most 4000
/// characters) and the id Marketo returned.
/// </summary>
public sealed record QueueCompletion
{
    private QueueCompletion(Guid id, QueueStatus status, int attempts)
    {
        Id = id;
        Status = status;
        Attempts = attempts;
    }

    /// <summary>The queue row.</summary>
    public Guid Id { get; }

    /// <summary>Its new status.</summary>
    public QueueStatus Status { get; }

    /// <summary>Its attempt count, this attempt included.</summary>
    public int Attempts { get; }

    /// <summary>For RetryScheduled: when it is due again.</summary>
    public DateTimeOffset? NextAttemptOn { get; private init; }

    /// <summary>Why it failed; null clears <c>msi_lasterror</c> and its short form <c>msi_reason</c>.</summary>
    public string? LastError { get; private init; }

    /// <summary>The id Marketo returned; null leaves <c>msi_marketoid</c> as it is.</summary>
    public string? MarketoId { get; private init; }

    public static QueueCompletion Succeeded(Guid id, int attempts, string? marketoId = null) =>
        new(id, QueueStatus.Succeeded, attempts) { MarketoId = marketoId };

    public static QueueCompletion RetryScheduled(Guid id, int attempts, DateTimeOffset nextAttemptOn, string reason) =>
        new(id, QueueStatus.RetryScheduled, attempts) { NextAttemptOn = nextAttemptOn, LastError = reason };

    public static QueueCompletion DeadLettered(Guid id, int attempts, string reason) =>
        new(id, QueueStatus.DeadLettered, attempts) { LastError = reason };

    public static QueueCompletion Superseded(Guid id, int attempts, string? reason = null) =>
        new(id, QueueStatus.Superseded, attempts) { LastError = reason };

    /// <summary>
    /// The columns <c>UpdateMultiple</c> writes: status, attempts, next attempt, last error, its short form
    /// (<c>msi_reason</c>, made from the cleaned text; cleared with it) and Marketo id.
    /// </summary>
    public JsonObject ToColumns()
    {
        var lastError = LastErrorText.From(LastError);
        var columns = new JsonObject
        {
            [Q.Status] = (int)Status,
            [Q.Attempts] = Attempts,
            [Q.NextAttemptOn] = NextAttemptOn is { } next ? DataverseJson.Node(next) : null,
            [Q.LastError] = lastError,
            [Q.Reason] = lastError is null ? null : ShortReason.OfCleaned(lastError),
        };
        if (MarketoId is not null)
        {
            columns[Q.MarketoId] = MarketoId;
        }

        return columns;
    }

    public override string ToString() => $"queue row {Id:D} → {Status} after {Attempts} attempts";
}
