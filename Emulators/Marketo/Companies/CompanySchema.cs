namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The company object (marketo.md §3.3; DEV companies.md): idField <c>id</c>, dedupe
/// <c>externalCompanyId</c> (string, length 100 on the company), searchable externalCompanyId, id, company.
/// </summary>
internal static class CompanySchema
{
    public const string ExternalCompanyId = "externalCompanyId";
    public const string ExternalSalesPersonId = "externalSalesPersonId";
    public const string CompanyName = "company";

    public static ObjectSchema<Company> Schema { get; } = new()
    {
        Name = "Company",
        IdField = "id",
        DedupeFields = [ExternalCompanyId],
        SearchableFields = [[ExternalCompanyId], ["id"], [CompanyName]],
        Fields =
        [
            FieldDefinition.Text(ExternalCompanyId, "External Company Id", 100, updateable: false),
            FieldDefinition.Text(ExternalSalesPersonId, "External Sales Person Id", 50),
            FieldDefinition.Text(CompanyName, "Company Name"),
            FieldDefinition.Of("annualRevenue", "Annual Revenue", "currency"),
            FieldDefinition.Text("billingStreet", "Billing Address"),
            FieldDefinition.Text("billingCity", "Billing City"),
            FieldDefinition.Text("billingState", "Billing State"),
            FieldDefinition.Text("billingCountry", "Billing Country"),
            FieldDefinition.Text("billingPostalCode", "Billing Postal Code"),
            FieldDefinition.Text("industry", "Industry"),
            FieldDefinition.Text("mainPhone", "Main Phone"),
            FieldDefinition.Of("numberOfEmployees", "Num Employees", "integer"),
            FieldDefinition.Text("sicCode", "SIC Code", 40),
            FieldDefinition.Text("site", "Site"),
            FieldDefinition.Of("website", "Website", "url"),
        ],
        Table = store => store.CompanyTable,
        Create = (ordinal, fields) => new Company(ordinal, fields),
        RequiredOnCreate = [ExternalCompanyId],
    };
}
