namespace MsiDynamics.CompanionService.Marketo.Queries;

/// <summary>
/// An object read by its external id (marketo.md §3.1): the query path (<c>POST …?_method=GET</c>, Decision 2), the
/// external-id field that is both the object's dedupe field and one of its searchable fields (§3.2, §3.3, §3.5), the
/// field holding Marketo's own id (its Describe's <c>idField</c>), and a short name for logs.
/// </summary>
internal sealed record ExternalIdQueryTarget(string Path, string ExternalIdField, string IdField, string Operation)
{
    /// <summary>Sales persons by <c>externalSalesPersonId</c>; Marketo's id is the integer <c>id</c> (§3.2).</summary>
    public static ExternalIdQueryTarget SalesPersons { get; } =
        new(MarketoSchema.SalesPersonsQuery, MarketoSchema.ExternalSalesPersonId, MarketoSchema.Id, "salespersons.query");

    /// <summary>Companies by <c>externalCompanyId</c>; Marketo's id is the integer <c>id</c> (§3.3).</summary>
    public static ExternalIdQueryTarget Companies { get; } =
        new(MarketoSchema.CompaniesQuery, MarketoSchema.ExternalCompanyId, MarketoSchema.Id, "companies.query");

    /// <summary>Opportunities by <c>externalOpportunityId</c>; Marketo's id is the <c>marketoGUID</c> (§3.5).</summary>
    public static ExternalIdQueryTarget Opportunities { get; } =
        new(MarketoSchema.OpportunitiesQuery, MarketoSchema.ExternalOpportunityId, MarketoSchema.MarketoGuid, "opportunities.query");
}
