using MsiDynamics.CompanionService.Sync.Collapse;

namespace MsiDynamics.CompanionService.Sync.References;

/// <summary>What <see cref="ReferenceClosure"/> found for one cycle.</summary>
/// <param name="PushFirst">
/// Records outside the cycle that Marketo lacks and Dynamics has, to read and push before what refers to them, in the
/// object order (sales persons, companies, persons, opportunities).
/// </param>
/// <param name="Dangling">References whose target neither Marketo nor Dynamics has, one per referrer and target. A referrer may
/// be one of <paramref name="PushFirst"/>; the gap is not propagated to what refers to it.</param>
internal sealed record ClosureResult(IReadOnlyList<RecordKey> PushFirst, IReadOnlyList<DanglingReference> Dangling);
