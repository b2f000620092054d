namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>What <c>verify</c> found: per object type the counts, every finding, and what the check cost.</summary>
/// <param name="Scope">The rows read.</param>
/// <param name="Types">The counts of each object type checked, in the sync order.</param>
/// <param name="Findings">Every finding, in the sync order of its type.</param>
/// <param name="DisabledTables">Tables not checked because their <c>msi_syncsetting</c> row switches their sync off.</param>
/// <param name="MarketoCalls">Marketo REST calls made (each counts against the daily quota).</param>
/// <param name="DataverseRequests">Dataverse Web API requests made.</param>
/// <param name="Stopped">Why the check stopped before the end (Marketo or Dataverse could not be read); null when it ran to the end.</param>
public sealed record VerifyResult(
    VerifyScope Scope,
    IReadOnlyList<VerifyTypeCount> Types,
    IReadOnlyList<VerifyFinding> Findings,
    IReadOnlyList<string> DisabledTables,
    long MarketoCalls,
    long DataverseRequests,
    string? Stopped)
{
    /// <summary>Whether the check ran to the end and found nothing wrong.</summary>
    public bool IsClean => Stopped is null && Findings.Count == 0;
}
