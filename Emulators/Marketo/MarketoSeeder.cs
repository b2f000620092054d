using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Puts records straight into the store, as if they had been in Marketo before the test: no dedupe, no
/// validation (a value that fits its field is typed as a sync would type it), no activity — so a test can also arrange states a sync would refuse (two leads with one
/// e-mail address for 1007, a company whose sales person is missing).
/// </summary>
internal static class MarketoSeeder
{
    public static SalesPerson SalesPerson(MarketoContext context, string externalSalesPersonId, string email) =>
        Put(context, context.Store.SalesPersonTable, "id", (o, f) => new SalesPerson(o, f), SalesPersonSchema.Schema.Field, new()
        {
            [SalesPersonSchema.ExternalSalesPersonId] = externalSalesPersonId,
            [SalesPersonSchema.Email] = email,
        });

    public static Company Company(MarketoContext context, string externalCompanyId, string? externalSalesPersonId, string? name) =>
        Put(context, context.Store.CompanyTable, "id", (o, f) => new Company(o, f), CompanySchema.Schema.Field, new()
        {
            [CompanySchema.ExternalCompanyId] = externalCompanyId,
            [CompanySchema.ExternalSalesPersonId] = externalSalesPersonId,
            [CompanySchema.CompanyName] = name,
        });

    public static Lead Lead(MarketoContext context, string? email, IReadOnlyDictionary<string, string?>? fields)
    {
        var values = new Dictionary<string, string?> { [LeadFields.Email] = email };
        foreach (var (name, value) in fields ?? new Dictionary<string, string?>())
        {
            values[name] = value;
        }

        var leadFields = LeadFields.For(context.Options);
        return Put(context, context.Store.LeadTable, LeadFields.Id, (o, f) => new Lead(o, f), name => leadFields.FirstOrDefault(f => f.Name == name), values);
    }

    public static Opportunity Opportunity(MarketoContext context, string externalOpportunityId, string name, string? externalCompanyId, string? externalSalesPersonId) =>
        Put(context, context.Store.OpportunityTable, OpportunitySchema.MarketoGuid, (o, f) => new Opportunity(o, f), OpportunitySchema.Schema.Field, new()
        {
            [OpportunitySchema.ExternalOpportunityId] = externalOpportunityId,
            [OpportunitySchema.Name] = name,
            [OpportunitySchema.ExternalCompanyId] = externalCompanyId,
            [OpportunitySchema.ExternalSalesPersonId] = externalSalesPersonId,
        });

    private static T Put<T>(
        MarketoContext context, RecordTable<T> table, string idField, Func<int, JsonObject, T> create,
        Func<string, FieldDefinition?> fieldOf, Dictionary<string, string?> values)
        where T : MarketoRecord
    {
        lock (context.Store.Gate)
        {
            var ordinal = table.NextOrdinal();
            var now = FieldValues.Timestamp(context.Time.GetUtcNow());
            var fields = new JsonObject
            {
                [idField] = idField == "id" ? JsonValue.Create(ordinal) : JsonValue.Create(context.NewGuid()),
            };
            foreach (var (name, value) in values.Where(v => v.Value is not null))
            {
                // Stored typed by the field, as a sync would store it (D11); a value that does not fit stays as text.
                fields[name] = fieldOf(name) is { } field && FieldTypes.TryConvert(field, JsonValue.Create(value), out var typed)
                    ? typed
                    : value;
            }

            fields["createdAt"] = now;
            fields["updatedAt"] = now;
            var record = create(ordinal, fields);
            table.Put(record);
            return record;
        }
    }
}
