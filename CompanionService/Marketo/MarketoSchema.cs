namespace MsiDynamics.CompanionService.Marketo;

/// <summary>
/// Marketo REST names in one place (marketo.md §3, §4): paths, body members, field names.
/// Paths are relative to the base URL and start without a slash, so no <c>//</c> is ever built.
/// </summary>
internal static class MarketoSchema
{
    // Paths (marketo.md §3.1).
    public const string SalesPersons = "rest/v1/salespersons.json";
    public const string SalesPersonsDelete = "rest/v1/salespersons/delete.json";
    public const string SalesPersonsQuery = "rest/v1/salespersons.json?_method=GET";
    public const string Companies = "rest/v1/companies.json";
    public const string CompaniesDelete = "rest/v1/companies/delete.json";
    public const string CompaniesQuery = "rest/v1/companies.json?_method=GET";
    public const string Leads = "rest/v1/leads.json";
    public const string LeadsQuery = "rest/v1/leads.json?_method=GET";
    public const string LeadsDelete = "rest/v1/leads/delete.json";
    public const string Opportunities = "rest/v1/opportunities.json";
    public const string OpportunitiesDelete = "rest/v1/opportunities/delete.json";
    public const string OpportunitiesQuery = "rest/v1/opportunities.json?_method=GET";
    public const string OpportunityRoles = "rest/v1/opportunities/roles.json";
    public const string OpportunityRolesDelete = "rest/v1/opportunities/roles/delete.json";
    public const string ActivitiesPagingToken = "rest/v1/activities/pagingtoken.json";
    public const string Activities = "rest/v1/activities.json";
    public const string ActivityTypes = "rest/v1/activities/types.json";
    public const string Usage = "rest/v1/stats/usage.json";
    public const string UsageLastSevenDays = "rest/v1/stats/usage/last7days.json";

    // Body and query members.
    public const string Action = "action";
    public const string CreateOrUpdate = "createOrUpdate";
    public const string UpdateOnly = "updateOnly";
    public const string DedupeBy = "dedupeBy";
    public const string DedupeFields = "dedupeFields";
    public const string DeleteBy = "deleteBy";
    public const string Input = "input";
    public const string LookupField = "lookupField";
    public const string FilterType = "filterType";
    public const string FilterValues = "filterValues";
    public const string Fields = "fields";
    public const string BatchSize = "batchSize";
    public const string NextPageToken = "nextPageToken";

    // Field names.
    public const string Id = "id";
    public const string MarketoGuid = "marketoGUID";
    public const string Email = "email";
    public const string ExternalSalesPersonId = "externalSalesPersonId";
    public const string ExternalCompanyId = "externalCompanyId";
    public const string ExternalPersonId = "externalPersonId";
    public const string ExternalOpportunityId = "externalOpportunityId";
    public const string Company = "company";
    public const string Name = "name";
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string LeadId = "leadId";
    public const string Role = "role";
    public const string IsPrimary = "isPrimary";

    /// <summary>The path of an object's describe call, e.g. <c>rest/v1/companies/describe.json</c>.</summary>
    public static string Describe(string objectPath) => objectPath.Replace(".json", "/describe.json", StringComparison.Ordinal);
}
