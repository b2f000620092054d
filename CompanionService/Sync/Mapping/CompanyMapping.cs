using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// A Dynamics <c>account</c> as a Marketo company (architecture.md §1, row 2; marketo.md §3.3), keyed by
/// <c>externalCompanyId</c> = the accountid, with the owner's <c>externalSalesPersonId</c>.
/// </summary>
internal static class CompanyMapping
{
    private const string Name = "name";

    /// <summary>Dynamics column → Marketo company field, for the columns sent as they are.</summary>
    private static readonly (string Column, string Field)[] Plain =
    [
        ("websiteurl", "website"),
        ("telephone1", "mainPhone"),
        ("address1_line1", "billingStreet"),
        ("address1_city", "billingCity"),
        ("address1_stateorprovince", "billingState"),
        ("address1_postalcode", "billingPostalCode"),
        ("address1_country", "billingCountry"),
    ];

    /// <summary>Every Dynamics column <see cref="Map"/> reads (besides the primary key).</summary>
    public static readonly IReadOnlyList<string> Columns =
        [Name, .. Plain.Select(p => p.Column), "numberofemployees", "revenue", "industrycode", MappingRow.Owner];

    /// <summary>The Dynamics column a company's Marketo <paramref name="field"/> is read from, for a report an admin acts on in Dynamics.</summary>
    public static string ColumnOf(string field) => field switch
    {
        MarketoSchema.Company => Name,
        MarketoSchema.ExternalSalesPersonId => MappingRow.Owner,
        "numberOfEmployees" => "numberofemployees",
        "annualRevenue" => "revenue",
        "industry" => "industrycode",
        _ => Plain.FirstOrDefault(p => p.Field == field).Column ?? field,
    };

    /// <summary>
    /// The company for <paramref name="row"/>. A team owner gives no sales person: Marketo fills owner fields only for a
    /// user owner (marketo.md §7), so the company goes without one rather than not at all.
    /// </summary>
    public static Mapped<MarketoCompany> Map(DataverseRow row)
    {
        if (MappingRow.Id(row, DataverseSchema.Account.Id) is not { } id)
        {
            return Mapped<MarketoCompany>.Fails("The account row carries no accountid.");
        }

        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (column, field) in Plain)
        {
            fields[field] = MappingRow.Text(row, column);
        }

        fields["numberOfEmployees"] = row.GetInt("numberofemployees");
        fields["annualRevenue"] = row.GetDecimal("revenue");

        // A choice is sent by its label, the text a Marketo user reads; the label needs formatted values in the read.
        fields["industry"] = row.GetFormattedValue("industrycode");
        return Mapped<MarketoCompany>.To(new MarketoCompany(id, MappingRow.Text(row, Name), MappingRow.SalesPerson(row), fields));
    }
}
