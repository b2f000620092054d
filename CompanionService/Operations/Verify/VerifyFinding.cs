using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>One thing wrong in Marketo, named by the Dynamics row it stands for, with what to do about it.</summary>
/// <param name="Type">The Marketo object type checked.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Table">The Dynamics table of the row (<c>systemuser</c>, <c>account</c>, <c>lead</c>, <c>contact</c>, <c>opportunity</c>, <c>connection</c>).</param>
/// <param name="Id">The row's id.</param>
/// <param name="Name">The row's name as Dynamics shows it (a role: its name, contact and opportunity).</param>
/// <param name="Detail">What Marketo holds and what Dynamics says it should, in words.</param>
/// <param name="Action">What an administrator does to put it right.</param>
public sealed record VerifyFinding(MarketoObjectType Type, VerifyFindingKind Kind, string Table, RecordId Id, string Name, string Detail, string Action)
{
    /// <summary>Whether the finding is a link that is wrong (not a missing object, not an e-mail).</summary>
    public bool IsMislink => Kind is not (VerifyFindingKind.Missing or VerifyFindingKind.EmailMismatch);

    public override string ToString() => $"{Table} {Id} ({Name}): {Kind}: {Detail}";
}
