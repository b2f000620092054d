namespace MsiDynamics.CompanionService.Operations.Doctor;

/// <summary>
/// What one readiness check found: its name, its status, one line on what it saw and, unless it is ok, what an
/// administrator does about it (which setting, role, step or person). Never holds a secret.
/// </summary>
/// <param name="Check">The check's short name, e.g. "Plug-in steps".</param>
/// <param name="Status">Ok, Warning, Failed or Skipped.</param>
/// <param name="Finding">What the check saw, in one line.</param>
/// <param name="Fix">What to do; null when ok.</param>
public sealed record DoctorFinding(string Check, DoctorStatus Status, string Finding, string? Fix = null)
{
    public static DoctorFinding Ok(string check, string finding) => new(check, DoctorStatus.Ok, finding);

    public static DoctorFinding Warning(string check, string finding, string fix) => new(check, DoctorStatus.Warning, finding, fix);

    public static DoctorFinding Failed(string check, string finding, string fix) => new(check, DoctorStatus.Failed, finding, fix);

    /// <summary>A check that cannot run: "skipped: needs …".</summary>
    public static DoctorFinding Skipped(string check, string needs) =>
        new(check, DoctorStatus.Skipped, "skipped: needs " + needs, "Fix the check it needs first, then run doctor again.");
}
