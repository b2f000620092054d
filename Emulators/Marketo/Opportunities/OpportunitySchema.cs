using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The opportunity object (marketo.md §3.5; DEV opportunities.md): idField <c>marketoGUID</c>, dedupe
/// <c>externalOpportunityId</c>, <c>name</c> required, 718 for an unknown <c>externalSalesPersonId</c>.
/// </summary>
internal static class OpportunitySchema
{
    public const string MarketoGuid = "marketoGUID";
    public const string ExternalOpportunityId = "externalOpportunityId";
    public const string Name = "name";
    public const string ExternalCompanyId = "externalCompanyId";
    public const string ExternalSalesPersonId = "externalSalesPersonId";

    public static ObjectSchema<Opportunity> Schema { get; } = new()
    {
        Name = "Opportunity",
        IdField = MarketoGuid,
        DedupeFields = [ExternalOpportunityId],
        SearchableFields = [[ExternalOpportunityId], [MarketoGuid]],
        Fields =
        [
            FieldDefinition.Text(ExternalOpportunityId, "External Opportunity Id", 50, updateable: false),
            FieldDefinition.Text(Name, "Name"),
            FieldDefinition.Text(ExternalCompanyId, "External Company Id", 100),
            FieldDefinition.Text(ExternalSalesPersonId, "External Sales Person Id", 50),
            FieldDefinition.Of("amount", "Amount", "currency"),
            FieldDefinition.Of("closeDate", "Close Date", "date"),
            FieldDefinition.Of("description", "Description", "text"),
            FieldDefinition.Of("expectedRevenue", "Expected Revenue", "currency"),
            FieldDefinition.Of("externalCreatedDate", "External Created Date", "datetime"),
            FieldDefinition.Text("fiscalQuarter", "Fiscal Quarter"),
            FieldDefinition.Text("fiscalYear", "Fiscal Year"),
            FieldDefinition.Text("forecastCategoryName", "Forecast Category Name"),
            FieldDefinition.Of("isClosed", "Is Closed", "boolean"),
            FieldDefinition.Of("isWon", "Is Won", "boolean"),
            FieldDefinition.Text("leadSource", "Lead Source"),
            FieldDefinition.Text("nextStep", "Next Step"),
            FieldDefinition.Of("probability", "Probability", "integer"),
            FieldDefinition.Text("source", "Source"),
            FieldDefinition.Text("stage", "Stage"),
            FieldDefinition.Text("type", "Type"),
        ],
        Table = store => store.OpportunityTable,
        Create = (ordinal, fields) => new Opportunity(ordinal, fields),
        // "name must not be null; createOnly/createOrUpdate require externalOpportunityId" (§3.5).
        RequiredOnCreate = [ExternalOpportunityId, Name],
        DedupeByOnlyForUpdateOnly = true,
        CheckRequest = UnknownSalesPerson,
    };

    /// <summary>
    /// "718 ExternalSalesPersonID not found: A Sync Opportunities call was made with a non-existent
    /// ExternalSalesPersonID value" — a response-level error, so nothing in the call is written (§3.5, §5.2).
    /// </summary>
    private static MarketoResponse? UnknownSalesPerson(MarketoCall call, JsonArray input)
    {
        foreach (var record in input.OfType<JsonObject>())
        {
            var salesPerson = FieldValues.Text(record[ExternalSalesPersonId]);
            if (!string.IsNullOrEmpty(salesPerson)
                && call.Store.SalesPersonTable.Find(SalesPersonSchema.ExternalSalesPersonId, salesPerson).Count == 0)
            {
                return call.Fail(MarketoErrors.SalesPersonNotFound, MarketoErrors.MessageFor(MarketoErrors.SalesPersonNotFound));
            }
        }

        return null;
    }
}
