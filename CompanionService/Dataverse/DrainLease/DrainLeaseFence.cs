using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Dataverse.DrainLease;

/// <summary>
/// The worker's Marketo call fence (dataverse.md §0.10): once <see cref="Arm"/>ed with the drain lease's holder by the
/// drain runner, a call may start only while the lease outlasts the call's time-out, so no call this worker started
/// lands after a standby took over. Unarmed (a one-off command that holds no lease, a test) it admits every call.
/// </summary>
internal sealed class DrainLeaseFence : IMarketoCallFence
{
    private volatile DrainLeaseHolder? _holder;

    /// <summary>From now on, calls are admitted only within <paramref name="holder"/>'s lease margin.</summary>
    public void Arm(DrainLeaseHolder holder) => _holder = holder;

    public bool CanStart(TimeSpan callTimeout) => _holder is not { } holder || holder.CanStart(callTimeout);
}
