namespace MsiDynamics.CompanionService.Operations.Doctor;

/// <summary>One readiness check of <c>doctor</c>: reads what it needs, never writes, returns a finding instead of throwing.</summary>
internal interface IDoctorCheck
{
    /// <summary>Runs the check; <paramref name="state"/> carries what earlier checks learnt (the user, the token, the describe).</summary>
    Task<DoctorFinding> RunAsync(DoctorState state, CancellationToken cancellationToken);
}
