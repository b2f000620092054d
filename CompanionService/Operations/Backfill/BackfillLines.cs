using System.Globalization;

namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary>
/// Backfill progress as plain lines, for output that is redirected (a log, a scheduler) or asked to be quiet: a line
/// when a table starts and ends, and with <paramref name="everyPage"/> a line per page.
/// </summary>
internal sealed class BackfillLines(TextWriter output, bool everyPage) : IBackfillProgress
{
    public void Started(string table, long? remaining, bool resumed, string forecast) =>
        output.WriteLine($"{table}: {(resumed ? "resuming" : "starting")}, {(remaining is { } r ? N(r) : "an unknown number of")} records to page through; {forecast}");

    public void Paged(string table, int rows, long enqueued, long alreadyQueued)
    {
        if (everyPage)
        {
            output.WriteLine($"{table}: {N(enqueued)} queued, {N(alreadyQueued)} already queued");
        }
    }

    public void Ended(BackfillTableResult result) => output.WriteLine(Summary(result));

    /// <summary>One line a person reads at the end of a table.</summary>
    public static string Summary(BackfillTableResult r) =>
        r.Skipped is { } skipped ? $"{r.Table}: skipped: {skipped}."
        : r.Failure is { } failure ? $"{r.Table}: STOPPED after queuing {N(r.Enqueued)} rows: {failure} Run the same command again to resume."
        : $"{r.Table}: done, {N(r.Enqueued)} rows queued in the Backfill lane{(r.AlreadyQueued > 0 ? $", {N(r.AlreadyQueued)} were already queued" : string.Empty)}"
          + $"{(r.Resumed ? " (resumed)" : string.Empty)}; Dataverse cost {N(r.Requests)} requests, {N(r.Operations)} operations.";

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
