using System.Globalization;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Marketo.OpportunityRoles;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Demo;

/// <summary>
/// Pushes the demo's rows to Marketo in dependency order. Caveat: it maps the few demo rows by hand; in
/// production the worker's drain maps the due rows it read and records each row's fate.
/// </summary>
internal static class DemoPush
{
    /// <summary>Pushes everything and returns the Marketo lead id of the Dynamics lead.</summary>
    public static async Task<int> RunAsync(MarketoClient client, DemoCrm crm, TextWriter output, CancellationToken cancellationToken)
    {
        var (user, account, opportunity) = (crm.User, crm.Account, crm.Opportunity);

        Report(output, "sales persons", await client.SalesPersons.SyncAsync(
            [new MarketoSalesPerson(user, crm.UserEmail, "Ann", "Seller")], cancellationToken));
        Report(output, "companies", await client.Companies.SyncAsync(
            [new MarketoCompany(account, "Fabrikam", user)], cancellationToken));
        var people = await client.Leads.SyncAsync(
        [
            new MarketoLead(crm.Lead, null, crm.LeadEmail, Person("Bo", "Buyer", user, account)),
            new MarketoLead(crm.Contact, null, "cy@fabrikam.example", Person("Cy", "Champion", user, account)),
        ], cancellationToken);
        Report(output, "leads", people);
        Report(output, "opportunities", await client.Opportunities.SyncAsync(
            [new MarketoOpportunity(opportunity, "Fabrikam renewal", account, user)], cancellationToken));
        var contactLeadId = long.Parse(people.Records[1].MarketoId ?? "0", CultureInfo.InvariantCulture);
        Report(output, "opportunity roles", await client.OpportunityRoles.SyncAsync(
            [new MarketoOpportunityRole(new MarketoOpportunityRoleKey(opportunity, contactLeadId, "Champion"))], cancellationToken));
        return int.Parse(people.Records[0].MarketoId ?? "0", CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, object?> Person(string first, string last, RecordId owner, RecordId company) => new()
    {
        ["firstName"] = first,
        ["lastName"] = last,
        ["externalSalesPersonId"] = owner,
        ["externalCompanyId"] = company,
    };

    private static void Report(TextWriter output, string what, MarketoPushResult result) =>
        output.WriteLine($"   {what,-18} {string.Join(", ", result.Records)}");
}
