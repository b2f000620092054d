using MsiDynamics.CompanionService.Marketo.Describe;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>The counts of one Marketo object type: rows checked, rows the sync does not push, and what was wrong.</summary>
/// <param name="Type">The Marketo object type.</param>
/// <param name="Checked">Dynamics rows whose Marketo object was read and checked.</param>
/// <param name="Skipped">Rows read but not checked, because the sync deliberately does not push them (no e-mail, an address a contact has, not a stakeholder role, merged, a mapping error).</param>
/// <param name="Missing">Checked rows Marketo holds no object for.</param>
/// <param name="Mislinked">Checked rows whose object has at least one wrong link.</param>
/// <param name="EmailMismatches">Sales persons whose e-mail differs from the Dynamics user's (zero for other types).</param>
public sealed record VerifyTypeCount(MarketoObjectType Type, int Checked, int Skipped, int Missing, int Mislinked, int EmailMismatches);
