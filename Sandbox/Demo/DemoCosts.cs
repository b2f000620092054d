using System.Globalization;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Sandbox.Demo;

/// <summary>
/// The demo's report line for both of Dataverse's costs of the worker's traffic (dataverse.md §0.12): service protection
/// requests and entitlement operations (its plug-in-triggered ones included), in total and per synced change. The sales
/// rep's own saves are not the worker's traffic and are not in it.
/// </summary>
internal static class DemoCosts
{
    public static string Dataverse(DataverseTraffic traffic, int syncedChanges)
    {
        var changes = Math.Max(1, syncedChanges);
        return string.Create(CultureInfo.InvariantCulture,
            $"Dataverse: {traffic.ServiceProtectionRequests} service protection requests ({(double)traffic.ServiceProtectionRequests / changes:F2} per synced change), " +
            $"{traffic.EntitlementOperations} entitlement operations ({(double)traffic.EntitlementOperations / changes:F2} per synced change), " +
            $"{traffic.ExecutionTime.TotalSeconds:F2} s emulated execution time.");
    }
}
