using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.Schema;
using S = MsiDynamics.Schema.DataverseSchema;

namespace MsiDynamics.CompanionService.Sync.References;

/// <summary>
/// The references of the mapped Marketo records (architecture.md §1, §3.8), as the Dynamics records they name: an
/// external id is the Dynamics id of its table's row, so <c>externalSalesPersonId</c> names a <c>systemuser</c> and
/// <c>externalCompanyId</c> an <c>account</c>.
/// </summary>
internal static class ReferringRecords
{
    /// <summary>A sales person refers to nothing.</summary>
    public static ReferringRecord SalesPerson(MarketoSalesPerson salesPerson) =>
        new(new RecordKey(S.SystemUser.EntityName, salesPerson.ExternalSalesPersonId), []);

    /// <summary>A company refers to its owner's sales person.</summary>
    public static ReferringRecord Company(MarketoCompany company) =>
        new(new RecordKey(S.Account.EntityName, company.ExternalCompanyId), [.. Keys((S.SystemUser.EntityName, company.ExternalSalesPersonId))]);

    /// <summary>A person of <paramref name="table"/> (<c>lead</c> or <c>contact</c>) refers to its company and its owner's sales person.</summary>
    public static ReferringRecord Person(string table, MarketoLead person) => new(
        new RecordKey(table, person.ExternalPersonId),
        [
            .. Keys(
                (S.Account.EntityName, Field(person, MarketoSchema.ExternalCompanyId)),
                (S.SystemUser.EntityName, Field(person, MarketoSchema.ExternalSalesPersonId))),
        ]);

    /// <summary>An opportunity refers to its account's company and its owner's sales person.</summary>
    public static ReferringRecord Opportunity(MarketoOpportunity opportunity) => new(
        new RecordKey(S.Opportunity.EntityName, opportunity.ExternalOpportunityId),
        [.. Keys((S.Account.EntityName, opportunity.ExternalCompanyId), (S.SystemUser.EntityName, opportunity.ExternalSalesPersonId))]);

    /// <summary>
    /// A connection refers to its opportunity and its contact. It is read from the connection's ends rather than the
    /// mapped role: the role names the contact by its Marketo lead id, which a contact Marketo lacks does not have yet.
    /// </summary>
    public static ReferringRecord Role(RecordId connectionId, RecordId opportunityId, RecordId contactId) => new(
        new RecordKey(S.Connection.EntityName, connectionId),
        [new RecordKey(S.Opportunity.EntityName, opportunityId), new RecordKey(S.Contact.EntityName, contactId)]);

    private static IEnumerable<RecordKey> Keys(params (string Table, RecordId? Id)[] references) =>
        references.Where(r => r.Id is not null).Select(r => new RecordKey(r.Table, r.Id!.Value));

    /// <summary>An id among a person's fields: a <see cref="RecordId"/> as mapped, or its canonical text once fitted.</summary>
    private static RecordId? Field(MarketoLead person, string name) =>
        person.Fields?.GetValueOrDefault(name) switch
        {
            RecordId id => id,
            { } value when RecordId.TryParse(value.ToString(), out var id) => id,
            _ => null,
        };
}
