using MsiDynamics.CompanionService.Marketo.Activities;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Limits;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Marketo.OpportunityRoles;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Marketo.Usage;

namespace MsiDynamics.CompanionService.Marketo;

/// <summary>
/// The Marketo REST client: one property per resource, each method naming the endpoint it calls. Get it
/// from DI after <see cref="MarketoServiceCollectionExtensions.AddMarketoClient"/>.
/// </summary>
/// <remarks>
/// Every method takes any number of records, returns typed outcomes (one per input, plus the call-level
/// <see cref="MarketoCallOutcome"/>) and throws only when the caller cancels. All instances share one
/// token, one rate and concurrency gate and one daily quota count. Caveat: the client does not stop two
/// callers pushing the same key at the same moment (Decision 5); the sync engine leases rows so they don't.
/// </remarks>
public sealed class MarketoClient(
    SalesPersonsClient salesPersons,
    CompaniesClient companies,
    LeadsClient leads,
    OpportunitiesClient opportunities,
    OpportunityRolesClient opportunityRoles,
    ActivitiesClient activities,
    DescribeClient describe,
    UsageClient usage,
    DailyQuotaCounter quota)
{
    /// <summary>Sales persons: sync, delete and read by <c>externalSalesPersonId</c>.</summary>
    public SalesPersonsClient SalesPersons { get; } = salesPersons;

    /// <summary>Companies: sync, delete and read by <c>externalCompanyId</c>.</summary>
    public CompaniesClient Companies { get; } = companies;

    /// <summary>Leads: sync (Decision 3), delete by id, read by <c>externalPersonId</c> or id.</summary>
    public LeadsClient Leads { get; } = leads;

    /// <summary>Opportunities: sync, delete and read by <c>externalOpportunityId</c>.</summary>
    public OpportunitiesClient Opportunities { get; } = opportunities;

    /// <summary>Opportunity roles: sync and delete by (<c>externalOpportunityId</c>, <c>leadId</c>, <c>role</c>).</summary>
    public OpportunityRolesClient OpportunityRoles { get; } = opportunityRoles;

    /// <summary>Activities: paging token, activities by type, activity types.</summary>
    public ActivitiesClient Activities { get; } = activities;

    /// <summary>Describe of every object, for field validation.</summary>
    public DescribeClient Describe { get; } = describe;

    /// <summary>Marketo's own count of the subscription's calls today and over the last seven days.</summary>
    public UsageClient Usage { get; } = usage;

    /// <summary>Today's count against the daily quota, and when it resets.</summary>
    public MarketoQuotaState Quota => quota.Snapshot();
}
