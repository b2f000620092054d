namespace MsiDynamics.CompanionService.Dataverse.Retention;

/// <summary>What <see cref="RetentionScheduler.EnsureScheduledAsync"/> did about the queue's retention job.</summary>
internal enum RetentionJobState
{
    /// <summary>The recurring job for the configured period was already scheduled; nothing was written.</summary>
    Found,

    /// <summary>No such job was scheduled; a BulkDelete scheduled it.</summary>
    Created,

    /// <summary>The look-up or the BulkDelete failed; the outcome says how. The next start tries again.</summary>
    Failed,
}
