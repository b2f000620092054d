namespace MsiDynamics.CompanionService.Marketo.Describe;

/// <summary>
/// The Lead Database objects the sync writes, in the order MSI requires them to be synced (MSI-D:
/// sales users → companies → leads/contacts → opportunities → contact roles).
/// </summary>
public enum MarketoObjectType
{
    /// <summary><c>GET /rest/v1/salespersons/describe.json</c>.</summary>
    SalesPersons,

    /// <summary><c>GET /rest/v1/companies/describe.json</c>.</summary>
    Companies,

    /// <summary>
    /// <c>GET /rest/v1/leads/describe.json</c>: a flat list of fields with <c>rest.name</c> and
    /// <c>rest.readOnly</c>, the "primary source of truth for field availability".
    /// </summary>
    Leads,

    /// <summary><c>GET /rest/v1/opportunities/describe.json</c>.</summary>
    Opportunities,

    /// <summary><c>GET /rest/v1/opportunities/roles/describe.json</c>.</summary>
    OpportunityRoles,
}
