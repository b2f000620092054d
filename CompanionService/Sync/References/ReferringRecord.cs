using MsiDynamics.CompanionService.Sync.Collapse;

namespace MsiDynamics.CompanionService.Sync.References;

/// <summary>
/// A record of the cycle as <see cref="ReferenceClosure"/> sees it: its Dynamics identity (whose id is its external id
/// in Marketo, architecture.md §1) and the records its Marketo record refers to (owner → sales person, account →
/// company, a role's opportunity and contact).
/// </summary>
internal sealed record ReferringRecord(RecordKey Record, IReadOnlyList<RecordKey> References);
