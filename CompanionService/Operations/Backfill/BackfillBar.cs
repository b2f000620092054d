using Spectre.Console;

namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary>
/// Backfill progress as a live Spectre.Console bar per table: records paged through out of those counted at the start,
/// the rate, and the time left to finish queuing; the Marketo forecast ("at today's quota: N days") and each table's
/// summary print above the bars.
/// </summary>
internal sealed class BackfillBar(IAnsiConsole console, ProgressContext context) : IBackfillProgress
{
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

    /// <summary>The columns: name, bar, percentage, time so far, time left to finish queuing.</summary>
    public static ProgressColumn[] Columns =>
    [
        new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn(),
    ];

    public void Started(string table, long? remaining, bool resumed, string forecast)
    {
        console.MarkupLineInterpolated($"[bold]{table}[/]: {(resumed ? "resuming" : "starting")}; {forecast}");
        var task = context.AddTask(table, maxValue: Math.Max(1, remaining ?? 0));
        task.IsIndeterminate = remaining is null;
        _tasks[table] = task;
    }

    public void Paged(string table, int rows, long enqueued, long alreadyQueued)
    {
        if (_tasks.TryGetValue(table, out var task))
        {
            task.Increment(rows);
            task.Description = $"{table} ({enqueued:N0} queued)";
        }
    }

    public void Ended(BackfillTableResult result)
    {
        if (_tasks.TryGetValue(result.Table, out var task))
        {
            task.Value = task.MaxValue;
            task.StopTask();
        }

        console.WriteLine(BackfillLines.Summary(result));
    }
}
