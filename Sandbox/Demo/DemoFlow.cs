using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Marketo.OpportunityRoles;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.Sandbox.Dataverse.Pipeline;
using MsiDynamics.Sandbox.Marketo;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Demo;

/// <summary>
/// The sandbox's main job: a CRM user's day on an in-memory Dataverse that runs the real plug-in steps,
/// then the captured records pushed through the production Marketo client to the Marketo emulator over
/// loopback HTTP, and MSI's answer read back. Returns 0 when every step did what the product promises.
/// </summary>
/// <remarks>
/// Caveat: the push here maps the few demo rows by hand, in dependency order; it shows the client and the
/// emulator, not the worker's drain (lease, collapse, retry, status), which owns that job in production.
/// </remarks>
internal static class DemoFlow
{
    private const string ClientId = "sandbox-client";
    private const string ClientSecret = "sandbox-secret";

    public static async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        var failures = 0;
        void Check(bool holds, string what)
        {
            output.WriteLine($"   {(holds ? "ok  " : "FAIL")} {what}");
            failures += holds ? 0 : 1;
        }

        output.WriteLine("MsiDynamics sandbox: in-memory Dataverse running the MsiDynamics.Plugins steps, and the Marketo emulator.");
        var clock = new DemoClock();
        var org = new InMemoryOrganization(clock);
        org.RegisterPlugins(typeof(MsiDynamics.Plugins.Steps.CapturePlugin).Assembly);
        output.WriteLine($"   {org.Steps.Count} plug-in steps registered from their CrmPluginRegistration attributes.");

        var crm = new DemoCrm(org);
        output.WriteLine();
        output.WriteLine("1. A sales rep works in Dynamics; every save that matters to Marketo queues one row, in the same transaction.");
        crm.WorkTheDay();
        var captured = org.Rows(DataverseSchema.SyncQueueItem.EntityName);
        foreach (var row in captured)
        {
            output.WriteLine($"   queued  {row[DataverseSchema.SyncQueueItem.Name]}  {row.GetAttributeValue<string>(DataverseSchema.SyncQueueItem.Payload)}");
        }

        Check(captured.Count == 7, $"7 rows for user, account, lead, contact, opportunity, the lead's new e-mail and the stakeholder connection (got {captured.Count})");

        output.WriteLine();
        output.WriteLine("2. Changes Marketo does not care about queue nothing.");
        crm.ChangesThatMustNotQueue(clock);
        var after = org.Rows(DataverseSchema.SyncQueueItem.EntityName).Count;
        Check(after == captured.Count, "MSI write-back, an unsynced column, a connection between two accounts, a disabled table: no new row");

        output.WriteLine();
        output.WriteLine("3. The captured records go to Marketo, in dependency order, through the Marketo client.");
        await using var marketo = await MarketoEmulator.StartAsync(new MarketoEmulatorOptions { ClientId = ClientId, ClientSecret = ClientSecret }, cancellationToken);
        await using var services = MarketoServices(marketo.BaseUrl);
        var client = services.GetRequiredService<MarketoClient>();
        var person = await PushAsync(client, crm, output, cancellationToken);
        Check(marketo.Store.DanglingReferences.Count == 0, "no company, lead, opportunity or role in Marketo refers to something Marketo lacks");

        output.WriteLine();
        output.WriteLine("4. The lead opens an e-mail; MSI scores it; the MSI fields are read back for the Dynamics lead.");
        marketo.RecordInterestingMoment(person, "Email", "Opened e-mail: Spring webinar invitation", "Web");
        var read = await client.Leads.GetByExternalPersonIdsAsync([DemoCrm.Canonical(crm.Lead)], MarketoLeadFields.IdentityAndMsi, cancellationToken);
        var msi = read.Items.SingleOrDefault()?.Msi;
        output.WriteLine(msi is null
            ? "   Marketo returned no lead for the Dynamics lead."
            : $"   {msi.LastInterestingMomentType} \"{msi.LastInterestingMomentDesc}\" ({msi.LastInterestingMomentSource}, {msi.LastInterestingMomentDate:u}); "
              + $"priority {msi.Priority}, relative urgency {msi.RelativeUrgency}, relative score {msi.RelativeScore}");
        Check(msi?.LastInterestingMomentDesc == "Opened e-mail: Spring webinar invitation", "the interesting moment is on the lead's MSI fields");

        output.WriteLine();
        output.WriteLine($"Marketo calls: {marketo.Traffic.TotalCalls}; daily quota used by the client: {client.Quota}.");
        output.WriteLine(failures == 0 ? "The sandbox flow completed." : $"{failures} check(s) failed.");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Pushes the demo rows and returns the Marketo id of the Dynamics lead.</summary>
    private static async Task<int> PushAsync(MarketoClient client, DemoCrm crm, TextWriter output, CancellationToken cancellationToken)
    {
        var user = DemoCrm.Canonical(crm.User);
        var account = DemoCrm.Canonical(crm.Account);
        var opportunity = DemoCrm.Canonical(crm.Opportunity);

        Report(output, "sales persons", await client.SalesPersons.SyncAsync(
            [new MarketoSalesPerson(user, crm.UserEmail, "Ann", "Seller")], cancellationToken));
        Report(output, "companies", await client.Companies.SyncAsync(
            [new MarketoCompany(account, "Fabrikam", user)], cancellationToken));
        var people = await client.Leads.SyncAsync(
        [
            new MarketoLead(DemoCrm.Canonical(crm.Lead), null, crm.LeadEmail, Person("Bo", "Buyer", user, account)),
            new MarketoLead(DemoCrm.Canonical(crm.Contact), null, "cy@fabrikam.example", Person("Cy", "Champion", user, account)),
        ], cancellationToken);
        Report(output, "leads", people);
        Report(output, "opportunities", await client.Opportunities.SyncAsync(
            [new MarketoOpportunity(opportunity, "Fabrikam renewal", account, user)], cancellationToken));
        var contactLeadId = long.Parse(people.Records[1].MarketoId ?? "0", CultureInfo.InvariantCulture);
        Report(output, "opportunity roles", await client.OpportunityRoles.SyncAsync(
            [new MarketoOpportunityRole(new MarketoOpportunityRoleKey(opportunity, contactLeadId, "Champion"))], cancellationToken));
        return int.Parse(people.Records[0].MarketoId ?? "0", CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, object?> Person(string first, string last, string owner, string company) => new()
    {
        ["firstName"] = first,
        ["lastName"] = last,
        ["externalSalesPersonId"] = owner,
        ["externalCompanyId"] = company,
    };

    private static void Report(TextWriter output, string what, MarketoPushResult result) =>
        output.WriteLine($"   {what,-18} {string.Join(", ", result.Records)}");

    private static ServiceProvider MarketoServices(Uri baseUrl)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Marketo:BaseUrl"] = baseUrl.ToString(),
            ["Marketo:ClientId"] = ClientId,
            ["Marketo:ClientSecret"] = ClientSecret,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMarketoClient(configuration);
        return services.BuildServiceProvider();
    }
}
