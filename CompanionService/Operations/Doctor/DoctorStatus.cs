namespace MsiDynamics.CompanionService.Operations.Doctor;

/// <summary>How one readiness check ended.</summary>
public enum DoctorStatus
{
    /// <summary>Ready.</summary>
    Ok,

    /// <summary>Works, but something deserves an administrator's look; <c>doctor</c> still exits 0.</summary>
    Warning,

    /// <summary>Not ready: the finding says what to fix; <c>doctor</c> exits 1.</summary>
    Failed,

    /// <summary>Not run, because a check it needs failed (e.g. no Dataverse); the finding says which.</summary>
    Skipped,
}
