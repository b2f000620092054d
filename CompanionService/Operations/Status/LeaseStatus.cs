namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// The drain lease (dataverse.md §0.10) and who stands by. <see cref="Holder"/> is the worker named in the lease row
/// while its expiry is ahead (null when the lease is free, lapsed or released); <see cref="LastHolder"/> is the name in
/// the row whatever its expiry. Standbys are those whose presence row has not expired, the holder excluded.
/// </summary>
public sealed record LeaseStatus(WorkerPresence? Holder, WorkerPresence? LastHolder, IReadOnlyList<WorkerPresence> Standbys)
{
    public static readonly LeaseStatus Unknown = new(null, null, []);
}
