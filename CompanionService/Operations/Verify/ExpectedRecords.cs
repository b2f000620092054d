using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>
/// What the drain would send for Dynamics rows, decided by the drain's own stages: each row mapped as a cycle maps it
/// (<see cref="CycleMapping"/>: a person without an e-mail is not pushed, marketo.md D3; a mapping error is
/// dead-lettered), a lead whose address a contact has left out (<see cref="SharedAddresses"/>, D4), and each record
/// fitted to Marketo's describe (<see cref="RecordFitting"/>, D10). A merged row is left out. A record the drain would
/// not send carries its outcome (<see cref="CycleRecord.IsOpen"/> false); the others carry their Marketo record.
/// </summary>
internal sealed class ExpectedRecords(RecordStateReader state, SharedAddresses addresses, MarketoDescribes describes)
{
    /// <summary>The rows of <paramref name="table"/> as cycle records, mapped, ruled and fitted.</summary>
    public async Task<List<CycleRecord>> OfAsync(string table, IReadOnlyList<DataverseRow> chunk, CancellationToken ct)
    {
        var key = DataverseTable.For(table).PrimaryKey;
        var records = new List<CycleRecord>(chunk.Count);
        foreach (var row in chunk)
        {
            if (RecordStateReader.IsMerged(row) || !RecordId.TryParse(row.GetString(key), out var id))
            {
                continue;
            }

            var record = new CycleRecord(new RecordKey(table, id), null) { Row = row };
            CycleMapping.Map(record);
            records.Add(record);
        }

        if (table == DataverseSchema.Lead.EntityName)
        {
            await addresses.ApplyAsync(records, ct).ConfigureAwait(false);
        }

        await FitAsync(Sync.References.ReferenceObjects.Of(table), records, ct).ConfigureAwait(false);
        return records;
    }

    /// <summary>Of <paramref name="contacts"/>, those the drain sends as persons: an opportunity role needs its contact's person.</summary>
    public async Task<HashSet<RecordId>> SentContactsAsync(IEnumerable<RecordId> contacts, CancellationToken ct)
    {
        var (read, outcome) = await state.ReadAsync(contacts.Distinct().Select(c => new RecordKey(DataverseSchema.Contact.EntityName, c)), ct).ConfigureAwait(false);
        if (!outcome.IsSuccess)
        {
            throw new VerifyStoppedException($"Reading the contacts of the opportunity roles from Dataverse failed: {outcome}");
        }

        var records = await OfAsync(DataverseSchema.Contact.EntityName, [.. read.Values], ct).ConfigureAwait(false);
        return [.. records.Where(r => r.IsOpen && r.Mapped is not null).Select(r => r.Key.RecordId)];
    }

    /// <summary>Settles each record whose values Marketo's describe refuses, as the drain's push stage does before it sends.</summary>
    private async Task FitAsync(MarketoObjectType type, IReadOnlyList<CycleRecord> records, CancellationToken ct)
    {
        var open = records.Where(r => r.IsOpen && r.Mapped is not null).ToList();
        if (open.Count == 0)
        {
            return;
        }

        var (description, outcome) = await describes.GetAsync(type, ct).ConfigureAwait(false);
        if (description is null)
        {
            throw new VerifyStoppedException($"Reading Marketo's {type} describe failed: {outcome}");
        }

        foreach (var record in open)
        {
            var refused = record.Mapped switch
            {
                MarketoSalesPerson person => RecordFitting.SalesPerson(description, person).Record is null,
                MarketoCompany company => RecordFitting.Company(description, company).Record is null,
                MarketoLead lead => RecordFitting.Person(description, lead).Record is null,
                MarketoOpportunity opportunity => RecordFitting.Opportunity(description, opportunity).Record is null,
                _ => false,
            };
            if (refused)
            {
                record.Settle(PushOutcome.MappingError("Marketo's describe refuses a value of the record."));
            }
        }
    }
}
