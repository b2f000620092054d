using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Transport;

namespace MsiDynamics.CompanionService.Dataverse.Retention;

/// <summary>
/// Makes sure one recurring BulkDelete job keeps the queue small (architecture.md §4, dataverse.md §0.15): Succeeded and
/// Superseded rows that ended more than <see cref="RetentionOptions.Days"/> days ago are deleted once a day by Dataverse
/// itself. The job is looked up by its name first, so a worker that starts again, or a second one, schedules it once:
/// one request when it is there, two when it is created.
/// </summary>
internal sealed class RetentionScheduler(
    DataverseQueries queries, DataverseTransport transport, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionScheduler> logger)
{
    // Read when built, so settings the validator refuses stop the worker before its first request.
    private readonly int _days = options.Value.Days;

    /// <summary>
    /// Looks the job for the configured period up without scheduling it (what <c>doctor</c> reports): Found with its system
    /// job's id, Failed when the look-up failed, or null when none is scheduled. One request.
    /// </summary>
    public async Task<RetentionJob?> FindAsync(CancellationToken cancellationToken)
    {
        var name = RetentionRequest.JobName(_days);
        var (jobs, outcome) = await ScheduledJobsAsync(cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess)
        {
            return new RetentionJob(RetentionJobState.Failed, null, name, outcome);
        }

        return jobs.FirstOrDefault(j => j.Name == name) is { Name: not null } found
            ? new RetentionJob(RetentionJobState.Found, found.JobId, name, outcome)
            : null;
    }

    /// <summary>Finds the job for the configured period, or schedules it (starting now, then daily).</summary>
    public async Task<RetentionJob> EnsureScheduledAsync(CancellationToken cancellationToken)
    {
        var days = _days;
        var name = RetentionRequest.JobName(days);
        var (jobs, outcome) = await ScheduledJobsAsync(cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess)
        {
            return Logged(new RetentionJob(RetentionJobState.Failed, null, name, outcome));
        }

        foreach (var other in jobs.Where(j => j.Name != name))
        {
            RetentionLog.OtherJob(logger, other.Name ?? string.Empty, name);
        }

        if (jobs.FirstOrDefault(j => j.Name == name) is { Name: not null } found)
        {
            return Logged(new RetentionJob(RetentionJobState.Found, found.JobId, name, outcome));
        }

        var request = DataverseRequest.Post("BulkDelete", DataverseJson.Body(RetentionRequest.BulkDelete(days, time.GetUtcNow())), "retention.schedule");
        var reply = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return Logged(reply.Outcome.IsSuccess
            ? new RetentionJob(RetentionJobState.Created, JobId(reply.Body), name, reply.Outcome)
            : new RetentionJob(RetentionJobState.Failed, null, name, reply.Outcome));
    }

    // Every retention job still scheduled, whatever its period: one request.
    private async Task<(List<(string? Name, Guid? JobId)> Jobs, DataverseOutcome Outcome)> ScheduledJobsAsync(CancellationToken cancellationToken)
    {
        var query = RetentionRequest.ScheduledJobs();
        var page = await queries.PageAsync(query.ToPath(), query.Preferences(50), "retention.find", cancellationToken).ConfigureAwait(false);
        return ([.. page.Rows.Select(RetentionRequest.Read)], page.Outcome);
    }

    // BulkDeleteResponse: {"JobId":"…"}; an answer without one still scheduled the job.
    private static Guid? JobId(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("JobId", out var id) && id.TryGetGuid(out var job) ? job : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private RetentionJob Logged(RetentionJob job)
    {
        if (job.State == RetentionJobState.Failed)
        {
            RetentionLog.NotScheduled(logger, job.Name, job.Outcome.ToString());
        }
        else
        {
            RetentionLog.Scheduled(logger, job.Name, job.State);
        }

        return job;
    }
}
