using MsiDynamics.CompanionService.Operations.Verify;

namespace MsiDynamics.Sandbox.Main;

/// <summary>A link <see cref="MislinkPlants"/> broke in Marketo, and the finding <c>verify</c> must report for it.</summary>
/// <param name="Kind">The finding's kind.</param>
/// <param name="Table">The Dynamics table of the row the finding names.</param>
/// <param name="RecordId">The row the finding names.</param>
/// <param name="What">What was done in Marketo, in words.</param>
internal sealed record PlantedMislink(VerifyFindingKind Kind, string Table, Guid RecordId, string What)
{
    /// <summary>Whether <paramref name="result"/> reports this plant: a finding of its kind naming its row.</summary>
    public bool IsFoundIn(VerifyResult result) =>
        result.Findings.Any(f => f.Kind == Kind && f.Table == Table && f.Id.Value == RecordId);

    public override string ToString() => $"{What} (expect {Kind} on {Table} {RecordId:D})";
}
