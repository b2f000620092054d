namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The lead fields of the emulated instance: standard fields, the MSI Non-Native external ids
/// (marketo.md §3.4) and the read-only MSI fields (§4.1), with lengths and types from the recorded
/// describe (§4.3). <c>relativeScoring</c> (the MSI doc's name) does not exist, as in the real describe (§4.1).
/// </summary>
internal static class LeadFields
{
    public const string Id = "id";
    public const string Email = "email";
    public const string ExternalPersonId = "externalPersonId";
    public const string ExternalCompanyId = "externalCompanyId";
    public const string ExternalSalesPersonId = "externalSalesPersonId";
    public const string MsiType = "msiLastInterestingMomentType";
    public const string MsiDate = "msiLastInterestingMomentDate";
    public const string MsiDesc = "msiLastInterestingMomentDesc";
    public const string MsiSource = "msiLastInterestingMomentSource";
    public const string Priority = "priority";
    public const string RelativeUrgency = "relativeUrgency";
    public const string RelativeScore = "relativeScore";
    public const string CreatedAt = "createdAt";
    public const string UpdatedAt = "updatedAt";

    /// <summary>"fields omitted ⇒ only id, email, updatedAt, createdAt, firstName, lastName" (§3.4).</summary>
    public static IReadOnlyList<string> DefaultQueryFields { get; } = [Id, Email, UpdatedAt, CreatedAt, "firstName", "lastName"];

    private static readonly FieldDefinition[] Standard =
    [
        FieldDefinition.Of(Id, "Id", "integer", false),
        new(Email, "Email Address", "email", 255),
        FieldDefinition.Text("firstName", "First Name"),
        FieldDefinition.Text("middleName", "Middle Name"),
        FieldDefinition.Text("lastName", "Last Name"),
        FieldDefinition.Text("salutation", "Salutation"),
        FieldDefinition.Text("title", "Job Title"),
        FieldDefinition.Text("department", "Department"),
        FieldDefinition.Text("phone", "Phone Number"),
        FieldDefinition.Text("mobilePhone", "Mobile Phone Number"),
        FieldDefinition.Text("fax", "Fax Number"),
        FieldDefinition.Text("company", "Company Name"),
        FieldDefinition.Of("website", "Website", "url"),
        FieldDefinition.Of("address", "Address", "text"),
        FieldDefinition.Text("city", "City"),
        FieldDefinition.Text("state", "State"),
        FieldDefinition.Text("postalCode", "Postal Code"),
        FieldDefinition.Text("country", "Country"),
        FieldDefinition.Text("leadSource", "Person Source"),
        FieldDefinition.Text("leadStatus", "Lead Status"),
        FieldDefinition.Of("unsubscribed", "Unsubscribed", "boolean"),
        FieldDefinition.Text(ExternalPersonId, "External Person Id"),
        FieldDefinition.Text(ExternalCompanyId, "External Company Id", 50),
        FieldDefinition.Text(ExternalSalesPersonId, "External Sales Person Id", 50),
        FieldDefinition.Of("leadScore", "Lead Score", "integer"),
        FieldDefinition.Of("urgency", "Urgency", "float"),
        // §4.1: "calculated by MSI and read-only"; the msi* data types are UNCERTAIN (date as datetime).
        FieldDefinition.Of(Priority, "Priority", "integer", false),
        FieldDefinition.Of(RelativeScore, "Relative Score", "integer", false),
        FieldDefinition.Of(RelativeUrgency, "Relative Urgency", "integer", false),
        FieldDefinition.Text(MsiType, "Last Interesting Moment Type", updateable: false),
        FieldDefinition.Of(MsiDate, "Last Interesting Moment Date", "datetime", false),
        FieldDefinition.Of(MsiDesc, "Last Interesting Moment Description", "text", false),
        FieldDefinition.Text(MsiSource, "Last Interesting Moment Source", updateable: false),
        FieldDefinition.Of(CreatedAt, "Created At", "datetime", false),
        FieldDefinition.Of(UpdatedAt, "Updated At", "datetime", false),
    ];

    /// <summary>
    /// The instance's lead fields: the standard ones (without the msi* fields when MSI Non-Native is off, the relative
    /// score under its configured name) plus the configured custom string fields, less those removed from the instance.
    /// </summary>
    public static IReadOnlyList<FieldDefinition> For(MarketoEmulatorOptions options) =>
        [.. Standard.Where(f => options.MsiNonNative || !f.Name.StartsWith("msi", StringComparison.Ordinal))
            .Select(f => f.Name == RelativeScore ? f with { Name = options.RelativeScoreField } : f)
            .Where(f => f.Name == Id || !options.RemovedLeadFields.Contains(f.Name)),
            .. options.CustomLeadFields.Where(f => Standard.All(s => s.Name != f) && !options.RemovedLeadFields.Contains(f))
                .Select(f => FieldDefinition.Text(f, f))];

    /// <summary>Fields Get Leads may filter on: string, email and integer fields (§3.4).</summary>
    public static bool IsFilterable(FieldDefinition field) => field.DataType is "string" or "email" or "integer";
}
