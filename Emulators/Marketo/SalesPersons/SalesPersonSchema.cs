namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The sales person object (marketo.md §3.2; DEV sales-persons.md, BLOG "Add SalesPerson Data"):
/// idField <c>id</c>, dedupe <c>externalSalesPersonId</c>, searchable email, id, externalSalesPersonId.
/// </summary>
internal static class SalesPersonSchema
{
    public const string ExternalSalesPersonId = "externalSalesPersonId";
    public const string Email = "email";

    public static ObjectSchema<SalesPerson> Schema { get; } = new()
    {
        Name = "Sales Person",
        IdField = "id",
        DedupeFields = [ExternalSalesPersonId],
        SearchableFields = [[Email], ["id"], [ExternalSalesPersonId]],
        Fields =
        [
            // BLOG: externalSalesPersonId is "only valid on create".
            FieldDefinition.Text(ExternalSalesPersonId, "External Sales Person Id", updateable: false),
            FieldDefinition.Text(Email, "Email"),
            FieldDefinition.Text("fax", "Fax"),
            FieldDefinition.Text("firstName", "First Name"),
            FieldDefinition.Text("lastName", "Last Name"),
            FieldDefinition.Text("mobilePhone", "Mobile Phone"),
            FieldDefinition.Text("phone", "Phone"),
            FieldDefinition.Text("title", "Title"),
        ],
        Table = store => store.SalesPersonTable,
        Create = (ordinal, fields) => new SalesPerson(ordinal, fields),
        RequiredOnCreate = [ExternalSalesPersonId],
        CheckDelete = InUse,
    };

    /// <summary>
    /// "Sales persons 'in use' are skipped: associated with active leads" (§3.2). The reason code is not
    /// documented; 1022 "Object in use" (§5.3) is the code for an object a delete cannot remove.
    /// </summary>
    private static (string Code, string Message)? InUse(MarketoStore store, SalesPerson person)
    {
        var used = store.LeadTable.Find(ExternalSalesPersonId, person.ExternalSalesPersonId).Count > 0;
        return used ? (RecordReasons.ObjectInUse, "Object in use") : null;
    }
}
