namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>What <c>verify</c> found wrong with one Dynamics row's Marketo object.</summary>
public enum VerifyFindingKind
{
    /// <summary>Marketo holds no object for the row (read by its external id).</summary>
    Missing,

    /// <summary>The sales person's e-mail differs from the Dynamics user's: MSI shows that user nothing (marketo.md §4.4 rule 3).</summary>
    EmailMismatch,

    /// <summary>The object's <c>externalCompanyId</c> names another company than the row's account, or none.</summary>
    CompanyMislinked,

    /// <summary>The object names the right company, but Marketo holds no company with that id.</summary>
    CompanyAbsent,

    /// <summary>The object's <c>externalSalesPersonId</c> names another sales person than the row's owner, or none.</summary>
    SalesPersonMislinked,

    /// <summary>The object names the owner's sales person, but Marketo holds no sales person with that id.</summary>
    SalesPersonAbsent,

    /// <summary>An opportunity role's opportunity is not in Marketo.</summary>
    RoleOpportunityAbsent,

    /// <summary>An opportunity role's contact has no person in Marketo.</summary>
    RoleLeadAbsent,

    /// <summary>Marketo's role names a lead that is not the contact's Marketo person.</summary>
    RoleLeadNotContact,
}
