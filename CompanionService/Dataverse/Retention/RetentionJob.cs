using MsiDynamics.CompanionService.Dataverse.Errors;

namespace MsiDynamics.CompanionService.Dataverse.Retention;

/// <summary>
/// The queue's retention job after <see cref="RetentionScheduler.EnsureScheduledAsync"/> (dataverse.md §0.15): found or
/// created, with its system job's id, or why neither.
/// </summary>
/// <param name="State">Found, Created or Failed.</param>
/// <param name="JobId">The <c>asyncoperation</c> id (BulkDelete's JobId); null when it failed or was not answered.</param>
/// <param name="Name">The job's name, which says its period.</param>
/// <param name="Outcome">Succeeded, or the failure of the look-up or of the BulkDelete.</param>
internal sealed record RetentionJob(RetentionJobState State, Guid? JobId, string Name, DataverseOutcome Outcome)
{
    public override string ToString() => $"{State} '{Name}'{(JobId is { } id ? $" (system job {id:D})" : string.Empty)}; {Outcome}";
}
