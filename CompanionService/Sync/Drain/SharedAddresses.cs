using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Sync.Mapping;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// Applies marketo.md D4 to a cycle's leads: a lead whose address a contact has — one of the cycle's, or any in
/// Dynamics, asked in one query of at most a URL's worth of addresses — is not pushed, and its row ends Superseded.
/// </summary>
internal sealed class SharedAddresses(DataverseQueries queries)
{
    /// <summary>About 40 characters an address in the URL: 500 stay well within a URL of 32,000 (dataverse.md §0.7).</summary>
    private const int AddressesPerQuery = 500;

    public async Task ApplyAsync(IReadOnlyCollection<CycleRecord> records, CancellationToken ct)
    {
        var leads = records.Where(r => r.IsOpen && r.Key.Entity == DataverseSchema.Lead.EntityName && r.Mapped is MarketoLead { Email: not null }).ToList();
        if (leads.Count == 0)
        {
            return;
        }

        var contacts = records.Where(r => r.Key.Entity == DataverseSchema.Contact.EntityName && r.Mapped is MarketoLead)
            .Select(r => ((MarketoLead)r.Mapped!).Email).ToList();
        // The queries go out together: each is one request, and none waits for another.
        var answers = await Task.WhenAll(leads.Select(l => ((MarketoLead)l.Mapped!).Email!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)
            .Chunk(AddressesPerQuery)
            .Select(chunk => queries.ListAsync(
                new DataverseQuery(DataverseTable.Contact.EntitySetName)
                    .Select([DataverseSchema.Common.EmailAddress1])
                    .Where(ODataFilter.In(DataverseSchema.Common.EmailAddress1, chunk)),
                "contact.addresses", ct))).ConfigureAwait(false);
        foreach (var (rows, outcome) in answers)
        {
            if (!outcome.IsSuccess)
            {
                throw new DrainDataverseException($"Reading the contacts that share the cycle's lead addresses failed: {outcome}");
            }

            contacts.AddRange(rows.Select(r => r.GetString(DataverseSchema.Common.EmailAddress1)));
        }

        var addresses = SharedAddressRule.Addresses(contacts);
        foreach (var lead in leads)
        {
            var ruled = SharedAddressRule.ForLead(Mapped<MarketoLead>.To((MarketoLead)lead.Mapped!), addresses);
            if (ruled.Error is { } error)
            {
                lead.Settle(PushOutcome.Superseded(error.Reason));
            }
        }
    }
}
