using System.Globalization;

namespace MsiDynamics.Benchmarks.Dataverse;

/// <summary>What <see cref="StoreScaleRunner"/> measured at one queue size.</summary>
internal sealed record StoreScaleFigures(
    int Rows, TimeSpan Seeding, double HeapBytesPerRow, long PeakWorkingSet, TimeSpan Create, TimeSpan DueRead, int DueRows)
{
    /// <summary>The size of the due-rows page the runner reads (<c>Prefer: odata.maxpagesize</c>).</summary>
    public const int PageSize = 1000;

    public string Describe(StoreScaleFigures smallest) => string.Create(CultureInfo.InvariantCulture,
        $"{Rows,9:N0} queue rows: seeded in {Seeding.TotalSeconds:F1} s ({HeapBytesPerRow:F0} B of heap per row; peak working set " +
        $"{PeakWorkingSet / (1024.0 * 1024):F0} MiB); Create {Micros(Create):F0} µs (×{Ratio(Create, smallest.Create):F2}); " +
        $"due-rows page of {DueRows} {Micros(DueRead):F0} µs (×{Ratio(DueRead, smallest.DueRead):F2})");

    private static double Micros(TimeSpan time) => time.Ticks / 10.0;

    private static double Ratio(TimeSpan time, TimeSpan baseline) => time / baseline;
}
