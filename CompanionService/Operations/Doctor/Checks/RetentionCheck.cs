using MsiDynamics.CompanionService.Dataverse.Retention;

namespace MsiDynamics.CompanionService.Operations.Doctor.Checks;

/// <summary>
/// The queue's retention job (architecture.md §4, dataverse.md §0.15): the recurring BulkDelete for the configured
/// period is scheduled. The look-up is the scheduler's own (<see cref="RetentionScheduler.FindAsync"/>), one request;
/// doctor never schedules it.
/// </summary>
internal sealed class RetentionCheck(RetentionScheduler scheduler) : IDoctorCheck
{
    public const string Name = "Queue retention job";

    public async Task<DoctorFinding> RunAsync(DoctorState state, CancellationToken cancellationToken)
    {
        if (!state.DataverseReachable)
        {
            return DoctorFinding.Skipped(Name, DoctorState.NeedsDataverse);
        }

        var job = await scheduler.FindAsync(cancellationToken).ConfigureAwait(false);
        return job switch
        {
            null => DoctorFinding.Warning(Name, "no daily bulk deletion job removes old Succeeded and Superseded queue rows, so the queue table keeps growing.",
                "Start the worker once (`run`): it schedules the job at start. Or grant its application user the BulkDelete privilege if `run` "
                + "reported it could not (the 'MSI Sync Integration' role has it)."),
            { State: RetentionJobState.Failed } failed => DoctorFinding.Failed(Name, "the bulk deletion jobs could not be read.",
                DoctorDataverse.Advice(failed.Outcome, "bulkdeleteoperation")),
            { } found => DoctorFinding.Ok(Name, $"'{found.Name}' is scheduled daily{(found.JobId is { } id ? $" (system job {id:D})" : string.Empty)}."),
        };
    }
}
