using MsiDynamics.CompanionService.Operations.Verify;
using MsiDynamics.CompanionService.WriteBack;

namespace MsiDynamics.Sandbox.Main;

/// <summary>What the main job's write-back and verification did and found, for <see cref="SandboxReport"/>.</summary>
/// <param name="Baseline">The first write-back: no stored activity position yet, so it compares every synced person once.</param>
/// <param name="Moments">What was recorded in Marketo between the two write-backs, one line each.</param>
/// <param name="Incremental">The write-back that followed, from Marketo's activity stream.</param>
/// <param name="Mismatches">Every person whose Dynamics MSI columns differ from Marketo's values afterwards, in words.</param>
/// <param name="Verify">The result of <c>verify --all</c> over the drained organisation.</param>
internal sealed record SandboxMsi(
    WriteBackReport Baseline,
    IReadOnlyList<string> Moments,
    WriteBackReport Incremental,
    IReadOnlyList<string> Mismatches,
    VerifyResult Verify)
{
    /// <summary>Both write-backs finished, every touched person matches Marketo, and verify found nothing.</summary>
    public bool Passed => Baseline.Succeeded && Incremental.Succeeded && Mismatches.Count == 0 && Verify.IsClean;
}
