using MsiDynamics.CompanionService.Operations.Backfill;

namespace MsiDynamics.CompanionService.Tests.Operations.Backfill;

/// <summary>Keeps what a backfill reported, for the tests to read.</summary>
internal sealed class RecordingProgress : IBackfillProgress
{
    public List<string> Tables { get; } = [];

    public List<string> Forecasts { get; } = [];

    public List<long?> Remaining { get; } = [];

    public int Pages { get; private set; }

    public List<BackfillTableResult> Results { get; } = [];

    public void Started(string table, long? remaining, bool resumed, string forecast)
    {
        Tables.Add(table);
        Remaining.Add(remaining);
        Forecasts.Add(forecast);
    }

    public void Paged(string table, int rows, long enqueued, long alreadyQueued) => Pages++;

    public void Ended(BackfillTableResult result) => Results.Add(result);
}
