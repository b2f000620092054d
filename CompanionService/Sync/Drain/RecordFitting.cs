using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.CompanionService.Sync.Mapping;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// Fits each mapped record's values to its object's describe (marketo.md D10) before it is sent: every value but the
/// record's key goes through <see cref="MarketoRecordFitter"/> and is sent as a field, so a value the mapping left
/// empty is sent as null and clears Marketo's (a link to an owner or account that was removed included). A value that
/// cannot fit makes the whole record a mapping error naming the field, and the Dynamics column it was read from (the
/// mapping's <c>ColumnOf</c>), which is where an admin corrects it (marketo.md D10).
/// </summary>
internal static class RecordFitting
{
    public static (MarketoSalesPerson? Record, FittedRecord Fit) SalesPerson(MarketoObjectDescription d, MarketoSalesPerson s)
    {
        var fit = Fit(d, SalesPersonMapping.ColumnOf, s.Fields, (MarketoSchema.Email, s.Email), (MarketoSchema.FirstName, s.FirstName), (MarketoSchema.LastName, s.LastName));
        return (fit.CanBeSent ? new MarketoSalesPerson(s.ExternalSalesPersonId, Text(fit, MarketoSchema.Email), null, null, fit.Fields) : null, fit);
    }

    public static (MarketoCompany? Record, FittedRecord Fit) Company(MarketoObjectDescription d, MarketoCompany c)
    {
        var fit = Fit(d, CompanyMapping.ColumnOf, c.Fields, (MarketoSchema.Company, c.Company), (MarketoSchema.ExternalSalesPersonId, c.ExternalSalesPersonId));
        return (fit.CanBeSent ? new MarketoCompany(c.ExternalCompanyId, null, null, fit.Fields) : null, fit);
    }

    public static (MarketoLead? Record, FittedRecord Fit) Person(MarketoObjectDescription d, MarketoLead l)
    {
        var fit = Fit(d, PersonMapping.ColumnOf, l.Fields, (MarketoSchema.Email, l.Email));
        return (fit.CanBeSent ? new MarketoLead(l.ExternalPersonId, l.MarketoId, Text(fit, MarketoSchema.Email), Without(fit, MarketoSchema.Email)) : null, fit);
    }

    public static (MarketoOpportunity? Record, FittedRecord Fit) Opportunity(MarketoObjectDescription d, MarketoOpportunity o)
    {
        var fit = Fit(d, OpportunityMapping.ColumnOf, o.Fields, (MarketoSchema.Name, o.Name), (MarketoSchema.ExternalCompanyId, o.ExternalCompanyId),
            (MarketoSchema.ExternalSalesPersonId, o.ExternalSalesPersonId));
        return (fit.CanBeSent ? new MarketoOpportunity(o.ExternalOpportunityId, Text(fit, MarketoSchema.Name) ?? o.Name, null, null, Without(fit, MarketoSchema.Name)) : null, fit);
    }

    private static FittedRecord Fit(
        MarketoObjectDescription d, Func<string, string> columnOf, IReadOnlyDictionary<string, object?>? fields, params (string Field, object? Value)[] named)
    {
        var values = new Dictionary<string, MappedValue>(StringComparer.Ordinal);
        foreach (var (field, value) in named)
        {
            values[field] = new MappedValue(columnOf(field), value);
        }

        foreach (var (field, value) in fields ?? new Dictionary<string, object?>())
        {
            values.TryAdd(field, new MappedValue(columnOf(field), value));
        }

        return MarketoRecordFitter.Fit(d, values);
    }

    private static string? Text(FittedRecord fit, string field) =>
        fit.Fields.GetValueOrDefault(field) switch
        {
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            string text => text,
            _ => null,
        };

    private static Dictionary<string, object?> Without(FittedRecord fit, string field) =>
        fit.Fields.Where(f => !string.Equals(f.Key, field, StringComparison.OrdinalIgnoreCase)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
}
