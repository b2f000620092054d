using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// A Dynamics <c>lead</c> or <c>contact</c> as a Marketo person (architecture.md §1, row 3; marketo.md §3.4), keyed by
/// <c>externalPersonId</c> = the leadid or contactid, linked to its company and its owner's sales person.
/// </summary>
internal static class PersonMapping
{
    private const string Email = "emailaddress1";
    private const string CompanyName = "companyname";
    private const string ParentCustomer = "parentcustomerid";

    /// <summary>Dynamics column → Marketo lead field, for the columns lead and contact share and send as they are.</summary>
    private static readonly (string Column, string Field)[] Plain =
    [
        ("firstname", "firstName"),
        ("lastname", "lastName"),
        ("jobtitle", "title"),
        ("telephone1", "phone"),
        ("mobilephone", "mobilePhone"),
        ("address1_city", "city"),
        ("address1_stateorprovince", "state"),
        ("address1_postalcode", "postalCode"),
        ("address1_country", "country"),
    ];

    /// <summary>Every Dynamics column <see cref="Map"/> reads of a lead (besides the primary key).</summary>
    public static readonly IReadOnlyList<string> LeadColumns =
        [Email, .. Plain.Select(p => p.Column), CompanyName, MappingRow.ParentAccount, MappingRow.Owner, MappingRow.Status];

    /// <summary>Every Dynamics column <see cref="Map"/> reads of a contact (besides the primary key).</summary>
    public static readonly IReadOnlyList<string> ContactColumns = [Email, .. Plain.Select(p => p.Column), ParentCustomer, MappingRow.Owner];

    /// <summary>The Dynamics column a person's Marketo <paramref name="field"/> is read from, for a report an admin acts on in Dynamics.</summary>
    public static string ColumnOf(string field) => field switch
    {
        MarketoSchema.Email => Email,
        MarketoSchema.Company => CompanyName,
        MarketoSchema.ExternalCompanyId => $"{MappingRow.ParentAccount} (lead) or {ParentCustomer} (contact)",
        MarketoSchema.ExternalSalesPersonId => MappingRow.Owner,
        "leadStatus" => MappingRow.Status,
        _ => Plain.FirstOrDefault(p => p.Field == field).Column ?? field,
    };

    /// <summary>
    /// The person for <paramref name="row"/> of <paramref name="table"/> (<c>lead</c> or <c>contact</c>), to be sent
    /// by <paramref name="marketoId"/> when Marketo already knows it (marketo.md D3).
    /// </summary>
    public static Mapped<MarketoLead> Map(DataverseRow row, string table, long? marketoId)
    {
        var isLead = table == DataverseSchema.Lead.EntityName;
        var key = isLead ? DataverseSchema.Lead.Id : DataverseSchema.Contact.Id;
        if (MappingRow.Id(row, key) is not { } id)
        {
            return Mapped<MarketoLead>.Fails($"The {table} row carries no {key}.");
        }

        var email = MappingRow.Text(row, Email);
        if (email is null && marketoId is null)
        {
            // marketo.md D3: a new person is matched by e-mail; without one it is not pushed, and the e-mail column
            // being a filtering attribute captures it again when an address is added.
            return Mapped<MarketoLead>.NotPushed("no e-mail address");
        }

        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (column, field) in Plain)
        {
            fields[field] = MappingRow.Text(row, column);
        }

        // The company: a lead's parent account, a contact's parent customer when that is an account (a contact's parent
        // may be another contact, which is no company).
        var account = MappingRow.Reference(row, isLead ? MappingRow.ParentAccount : ParentCustomer, DataverseSchema.Account.EntityName);
        fields[MarketoSchema.ExternalCompanyId] = account;
        fields[MarketoSchema.ExternalSalesPersonId] = MappingRow.SalesPerson(row);
        if (isLead)
        {
            // A person linked to a company takes its name from the company: Sync Leads refuses company fields
            // (1021, marketo.md §3.3). Only an unlinked lead sends the name typed on it.
            if (account is null)
            {
                fields[MarketoSchema.Company] = MappingRow.Text(row, CompanyName);
            }

            fields["leadStatus"] = row.GetFormattedValue(MappingRow.Status);
        }

        return Mapped<MarketoLead>.To(new MarketoLead(id, marketoId, email, fields));
    }
}
