namespace MsiDynamics.CompanionService.Marketo.Queries;

/// <summary>
/// An object read with chosen fields by one searchable field (marketo.md §3.1: <c>filterType</c> must be a searchable or
/// dedupe field): the query path (<c>POST …?_method=GET</c>, Decision 2), the filter field and a short name for logs.
/// </summary>
internal sealed record FieldsQueryTarget(string Path, string FilterField, string Operation)
{
    /// <summary>Sales persons by <c>externalSalesPersonId</c> (§3.2).</summary>
    public static FieldsQueryTarget SalesPersons { get; } =
        new(MarketoSchema.SalesPersonsQuery, MarketoSchema.ExternalSalesPersonId, "salespersons.read");

    /// <summary>Companies by <c>externalCompanyId</c> (§3.3).</summary>
    public static FieldsQueryTarget Companies { get; } =
        new(MarketoSchema.CompaniesQuery, MarketoSchema.ExternalCompanyId, "companies.read");

    /// <summary>Opportunities by <c>externalOpportunityId</c> (§3.5).</summary>
    public static FieldsQueryTarget Opportunities { get; } =
        new(MarketoSchema.OpportunitiesQuery, MarketoSchema.ExternalOpportunityId, "opportunities.read");

    /// <summary>
    /// Opportunity roles by <c>externalOpportunityId</c>, one of the role's searchable fields (§3.6): every role of the
    /// opportunities asked for. The form body is the leads API's pattern, as for the other objects (Decision 2).
    /// </summary>
    public static FieldsQueryTarget OpportunityRoles { get; } =
        new(MarketoSchema.OpportunityRoles + "?_method=GET", MarketoSchema.ExternalOpportunityId, "opportunityroles.read");
}
