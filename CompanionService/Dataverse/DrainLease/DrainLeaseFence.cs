using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Dataverse.DrainLease;

/// <summary>
/// The worker's Marketo call fence (dataverse.md §0.10): once <see cref="Arm"/>ed by the drain runner, a call may start
/// only while the drain lease outlasts the call's time-out, so no call this worker started lands after a standby took
/// over. Unarmed (a one-off command that holds no lease, a test) it admits every call.
/// </summary>
internal sealed class DrainLeaseFence(DrainLeaseHolder holder) : IMarketoCallFence
{
    private volatile bool _armed;

    /// <summary>From now on, calls are admitted only within the lease's margin.</summary>
    public void Arm() => _armed = true;

    public bool CanStart(TimeSpan callTimeout) => !_armed || holder.CanStart(callTimeout);
}
