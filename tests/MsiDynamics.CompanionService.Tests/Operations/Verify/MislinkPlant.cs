namespace MsiDynamics.CompanionService.Tests.Operations.Verify;

/// <summary>The ways a test breaks Marketo after a drain, each as a real instance gets it (<see cref="Emulators.Marketo.MislinkPlanter"/>).</summary>
public enum MislinkPlant
{
    /// <summary>The account's company is deleted in Marketo: the lead still names it.</summary>
    LeadsCompanyDeleted,

    /// <summary>A lead is moved to another company in Marketo.</summary>
    LeadMovedToAnotherCompany,

    /// <summary>A lead is given another sales person in Marketo.</summary>
    LeadGivenAnotherSalesPerson,

    /// <summary>The sales person of a user who owns only an account is deleted in Marketo (no lead uses it, so Marketo allows it).</summary>
    CompanysSalesPersonDeleted,

    /// <summary>An opportunity is moved to another company in Marketo.</summary>
    OpportunityMovedToAnotherCompany,

    /// <summary>The contact's person is deleted in Marketo: its role still names it.</summary>
    RolesLeadDeleted,

    /// <summary>The opportunity is deleted in Marketo: its role still names it.</summary>
    RolesOpportunityDeleted,

    /// <summary>The role is moved to another person in Marketo.</summary>
    RoleMovedToAnotherLead,

    /// <summary>A Marketo admin changes the sales person's e-mail.</summary>
    SalesPersonEmailChanged,
}
