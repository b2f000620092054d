using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Sync.Mapping;
using MsiDynamics.CompanionService.Sync.References;
using MsiDynamics.Schema;
using C = MsiDynamics.Schema.DataverseSchema.Connection;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// Maps a cycle record's current row with the default mapping (architecture.md §1.1) and notes what its Marketo record
/// refers to, or settles it: a mapping error dead-letters, a row the decisions do not push (a new person without an
/// e-mail address, marketo.md D3) ends Superseded. A connection is mapped later, once its contact's Marketo lead id is
/// known; here only its references are noted.
/// </summary>
internal static class CycleMapping
{
    public static void Map(CycleRecord record)
    {
        if (record.Row is not { } row)
        {
            return;
        }

        switch (record.Key.Entity)
        {
            case DataverseSchema.SystemUser.EntityName:
                Take(record, SalesPersonMapping.Map(row), ReferringRecords.SalesPerson);
                break;
            case DataverseSchema.Account.EntityName:
                Take(record, CompanyMapping.Map(row), ReferringRecords.Company);
                break;
            case DataverseSchema.Lead.EntityName or DataverseSchema.Contact.EntityName:
                var marketoId = long.TryParse(row.GetString(DataverseSchema.MsiColumns.MarketoLeadId), out var id) ? id : record.FoundMarketoId;
                Take(record, PersonMapping.Map(row, record.Key.Entity, marketoId), p => ReferringRecords.Person(record.Key.Entity, p));
                break;
            case DataverseSchema.Opportunity.EntityName:
                Take(record, OpportunityMapping.Map(row), ReferringRecords.Opportunity);
                break;
            case DataverseSchema.Connection.EntityName:
                record.References = Ends(row) is { } ends
                    ? [new RecordKey(DataverseSchema.Opportunity.EntityName, ends.Opportunity), new RecordKey(DataverseSchema.Contact.EntityName, ends.Contact)]
                    : [];
                break;
        }
    }

    /// <summary>The opportunity and contact a connection joins, whichever end each is; null for any other pair.</summary>
    public static (RecordId Opportunity, RecordId Contact)? Ends(Dataverse.OData.DataverseRow row)
    {
        var first = row.GetLookupTarget(C.Record1Id);
        var second = row.GetLookupTarget(C.Record2Id);
        if (first is null || second is null)
        {
            return null;
        }

        if (first.IsOf(DataverseSchema.Opportunity.EntityName) && second.IsOf(DataverseSchema.Contact.EntityName))
        {
            return (RecordId.From(first.Id, C.Record1Id), RecordId.From(second.Id, C.Record2Id));
        }

        return second.IsOf(DataverseSchema.Opportunity.EntityName) && first.IsOf(DataverseSchema.Contact.EntityName)
            ? (RecordId.From(second.Id, C.Record2Id), RecordId.From(first.Id, C.Record1Id))
            : null;
    }

    private static void Take<T>(CycleRecord record, Mapped<T> mapped, Func<T, ReferringRecord> references)
        where T : class
    {
        if (mapped.Record is { } marketo)
        {
            record.Mapped = marketo;
            record.References = references(marketo).References;
            return;
        }

        var error = mapped.Error!;
        record.Settle(error.EndsSuperseded ? PushOutcome.Superseded(error.Reason) : PushOutcome.MappingError(error.Reason));
    }
}
