using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Json;

/// <summary>
/// Writes a row as the Web API returns it (dataverse.md §3.4, §6): <c>@odata.etag</c> = <c>W/"versionnumber"</c>,
/// each selected column (null when empty, as Dataverse returns selected columns), lookups as <c>_x_value</c>,
/// the primary key always; and, when the Prefer header asks for them, formatted values and the lookup's
/// logical name and navigation property as annotations before the value.
/// </summary>
internal sealed class RowWriter(Preferences preferences)
{
    public const string FormattedValue = "OData.Community.Display.V1.FormattedValue";
    public const string LookupLogicalName = "Microsoft.Dynamics.CRM.lookuplogicalname";
    public const string NavigationProperty = "Microsoft.Dynamics.CRM.associatednavigationproperty";

    public static string ETagOf(Entity row) => $"W/\"{row.GetAttributeValue<long>("versionnumber")}\"";

    /// <param name="context">The <c>@odata.context</c> of a single-row answer, written first; null inside a collection.</param>
    public JsonObject Write(TableMetadata table, Entity row, IEnumerable<ColumnMetadata> columns, string? context = null)
    {
        var json = context is null ? [] : new JsonObject { ["@odata.context"] = context };
        json["@odata.etag"] = ETagOf(row);
        foreach (var column in columns)
        {
            if (column.LogicalName != table.PrimaryKey)
            {
                WriteColumn(json, column, row.Attributes.TryGetValue(column.LogicalName, out var value) ? value : null);
            }
        }

        json[table.PrimaryKey] = row.Id.ToString("D");
        return json;
    }

    private void WriteColumn(JsonObject json, ColumnMetadata column, object? value)
    {
        var property = column.PropertyName;
        if (value is not null && preferences.Wants(FormattedValue) && FormattedValues.For(column, value) is { } formatted)
        {
            json[property + "@" + FormattedValue] = formatted;
        }

        if (value is EntityReference reference)
        {
            var target = column.Targets.FirstOrDefault(t => t.Table == reference.LogicalName);
            if (target is not null && preferences.Wants(NavigationProperty))
            {
                json[property + "@" + NavigationProperty] = target.NavigationProperty;
            }

            if (preferences.Wants(LookupLogicalName))
            {
                json[property + "@" + LookupLogicalName] = reference.LogicalName;
            }
        }

        json[property] = ODataValues.ToJson(value);
    }
}
