using Microsoft.Extensions.Logging;

namespace MsiDynamics.CompanionService.Operations.Doctor;

/// <summary>
/// Runs the readiness checks in order (<see cref="DoctorServiceCollectionExtensions.AddDoctor"/> lists them), each once,
/// read-only. A check that throws is reported as failed with the exception's type, never stops the others.
/// </summary>
internal sealed class DoctorRun(IEnumerable<IDoctorCheck> checks, ILogger<DoctorRun> logger)
{
    public async Task<DoctorReport> RunAsync(CancellationToken cancellationToken)
    {
        var state = new DoctorState();
        var findings = new List<DoctorFinding>();
        foreach (var check in checks)
        {
            try
            {
                findings.Add(await check.RunAsync(state, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "The readiness check {Check} failed unexpectedly", check.GetType().Name);
                findings.Add(DoctorFinding.Failed(check.GetType().Name, $"the check itself failed ({ex.GetType().Name}).",
                    "Run doctor again; if it persists, report it with the worker's log."));
            }
        }

        return new DoctorReport(findings);
    }
}
