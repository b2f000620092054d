using System.Globalization;
using MsiDynamics.CompanionService.WriteBack;

namespace MsiDynamics.Benchmarks.WriteBack;

/// <summary>
/// One measured write-back cycle at one database size: the emulators' own counts (Marketo REST calls without identity
/// calls; Dataverse service-protection requests and entitlement operations) and the cycle's report.
/// </summary>
internal sealed record WriteBackScaleFigure(
    string Cycle, int Persons, long MarketoCalls, long DataverseRequests, long DataverseOperations, WriteBackReport Report, TimeSpan Elapsed)
{
    public static string Header =>
        $"{"cycle",-22} {"persons",9} {"Marketo calls",14} {"DV requests",12} {"DV operations",14} {"refreshed",10} {"rows written",13} {"seconds",8}";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Cycle,-22} {Persons,9:N0} {MarketoCalls,14:N0} {DataverseRequests,12:N0} {DataverseOperations,14:N0} {Report.PersonsRefreshed,10:N0} {Report.RowsWritten,13:N0} {Elapsed.TotalSeconds,8:F1}");
}
