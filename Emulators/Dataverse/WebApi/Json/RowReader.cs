using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Json;

/// <summary>
/// Reads a JSON body into the Entity a Create or Update carries: columns by logical name, lookups through
/// <c>nav@odata.bind</c> ("accounts(&lt;guid&gt;)", null clears), other annotations ignored, read-only columns
/// dropped as the platform drops them. Refuses what Dataverse refuses (web-api-client-errors): an unknown
/// property, a navigation property that does not exist or does not lead to the bound set, a value of the
/// wrong type, text over the column's length.
/// </summary>
internal sealed class RowReader(EntitySets sets, IReadOnlyDictionary<string, string> contentIds)
{
    public Entity Read(TableMetadata table, JsonObject body, Guid id)
    {
        var row = new Entity(table.LogicalName, id);
        foreach (var (name, value) in body)
        {
            var at = name.IndexOf('@', StringComparison.Ordinal);
            if (at == 0)
            {
                CheckType(table, name, value);
            }
            else if (at > 0)
            {
                if (name[(at + 1)..] == "odata.bind")
                {
                    Bind(table, row, name[..at], value);
                }
            }
            else
            {
                Column(table, row, name, value);
            }
        }

        CurrencyValues.Stamp(table, row);
        return row;
    }

    private void CheckType(TableMetadata table, string name, JsonNode? value)
    {
        if (name == "@odata.type" && (value?.GetValue<string>() is not { } type || sets.ByTypeName(type) != table))
        {
            throw ApiException.BadRequest($"The @odata.type '{value}' does not match the entity set '{table.EntitySetName}' ({table.TypeName}).");
        }
    }

    // The validation message of the batch article's example: "A validation error occurred. The length of the 'subject'
    // attribute of the 'task' entity exceeded the maximum allowed length of '200'." (dataverse.md §0.14).
    private static void Column(TableMetadata table, Entity row, string name, JsonNode? value)
    {
        var column = table.ByProperty(name);
        if (column is null || column.Type == ColumnType.Lookup)
        {
            throw ApiException.BadRequest("An error occurred while validating input parameters: Microsoft.Crm.CrmException: " +
                $"Invalid property '{name}' was found in entity '{table.TypeName}'.");
        }

        if (column.LogicalName == table.PrimaryKey)
        {
            if (row.Id == Guid.Empty && ODataValues.FromJson(column, value) is Guid id)
            {
                row.Id = id;
            }

            return;
        }

        if (column.ReadOnly)
        {
            return;
        }

        var converted = ODataValues.FromJson(column, value);
        if (converted is string text && column.MaxLength is { } max && text.Length > max)
        {
            throw new ApiException(400, ErrorCodes.ValidationError, ColumnValidation.TooLong(table.LogicalName, column.LogicalName, max));
        }

        row.Attributes[column.LogicalName] = converted is Money money ? CurrencyValues.Rounded(column, money) : converted;
    }

    private void Bind(TableMetadata table, Entity row, string navigation, JsonNode? value)
    {
        if (value is null)
        {
            var cleared = table.Columns.FirstOrDefault(c => c.Targets.Any(t => t.NavigationProperty == navigation))
                ?? throw Undeclared(table, navigation);
            row.Attributes[cleared.LogicalName] = null;
            return;
        }

        var (target, id) = ResourceReference.Parse(value.GetValue<string>(), sets, contentIds);
        if (table.ByNavigation(navigation, target.LogicalName) is not { } bound)
        {
            throw table.HasNavigation(navigation)
                ? new ApiException(400, ErrorCodes.PayloadError,
                    $"The navigation property '{navigation}' of '{table.TypeName}' cannot refer to '{target.EntitySetName}'.")
                : Undeclared(table, navigation);
        }

        if (!bound.Column.ReadOnly)
        {
            row.Attributes[bound.Column.LogicalName] = new EntityReference(target.LogicalName, id);
        }
    }

    private static ApiException Undeclared(TableMetadata table, string navigation) =>
        new(400, ErrorCodes.PayloadError,
            $"Error identified in Payload provided by the user for Entity :'{table.EntitySetName}' ----> InnerException : " +
            $"Microsoft.OData.ODataException: An undeclared property '{navigation}' which only has property annotations in the " +
            "payload but no property value was found in the payload.");
}
