namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary>What a backfill reports as it goes: the command shows it as a progress bar, or as plain lines.</summary>
public interface IBackfillProgress
{
    /// <summary>A table's run starts: rows left to page through (null when they could not be counted) and the Marketo forecast line.</summary>
    void Started(string table, long? remaining, bool resumed, string forecast);

    /// <summary>A page was read and its rows enqueued: <paramref name="rows"/> read, the run's totals so far.</summary>
    void Paged(string table, int rows, long enqueued, long alreadyQueued);

    /// <summary>A table ended (finished, skipped or stopped).</summary>
    void Ended(BackfillTableResult result);
}
