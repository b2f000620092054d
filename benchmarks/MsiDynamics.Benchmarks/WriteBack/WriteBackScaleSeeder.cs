using System.Globalization;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Schema;

namespace MsiDynamics.Benchmarks.WriteBack;

/// <summary>
/// Puts N synced persons straight into both emulators' stores, as the drain would have left them (no pipeline, no queue):
/// a Marketo lead with its <c>externalPersonId</c>, and the Dynamics lead (even) or contact (odd) carrying that lead's id in
/// <c>msi_marketoleadid</c>. Returns the Marketo lead ids in seeding order.
/// </summary>
internal static class WriteBackScaleSeeder
{
    public static IReadOnlyList<int> Seed(InMemoryOrganization org, MarketoEmulator marketo, int persons)
    {
        var ids = new List<int>(persons);
        for (var i = 0; i < persons; i++)
        {
            var table = i % 2 == 0 ? DataverseSchema.Lead.EntityName : DataverseSchema.Contact.EntityName;
            var id = Guid.NewGuid();
            var email = $"person{i}@customer.example";
            var lead = marketo.SeedLead(email, new Dictionary<string, string?> { ["externalPersonId"] = id.ToString("D") });
            org.Seed(new Entity(table, id)
            {
                ["lastname"] = $"Person {i}", ["emailaddress1"] = email,
                [DataverseSchema.MsiColumns.MarketoLeadId] = lead.Id.ToString(CultureInfo.InvariantCulture),
            });
            ids.Add(lead.Id);
        }

        return ids;
    }
}
