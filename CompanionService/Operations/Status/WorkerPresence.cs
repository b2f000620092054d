using MsiDynamics.CompanionService.Dataverse.DrainLease;

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// A worker as the drain lease rows show it: its name, until when its row counts (the lease's expiry for the holder,
/// the presence's for a standby), and its Dataverse costs today as it last wrote them (null when it wrote none).
/// </summary>
public sealed record WorkerPresence(string Name, DateTimeOffset Until, DataverseDayCosts? Costs);
