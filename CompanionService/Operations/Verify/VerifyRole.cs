using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>The opportunity role a connection stands for: the opportunity, the contact, and the contact's role name.</summary>
internal sealed record VerifyRole(RecordId Opportunity, RecordId Contact, string Role)
{
    /// <summary>The role as one value: Marketo's case handling of the role name is not documented (marketo.md §4.4), so case is ignored.</summary>
    public (RecordId, RecordId, string) Key => (Opportunity, Contact, Role.ToUpperInvariant());
}
