using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>The Dynamics row a check is about, and the Marketo object type that stands for it.</summary>
internal sealed record VerifySubject(MarketoObjectType Type, string Table, RecordId Id, string Name)
{
    public VerifyFinding Finding(VerifyFindingKind kind, string detail, string action) => new(Type, kind, Table, Id, Name, detail, action);
}
