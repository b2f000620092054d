using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Json;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Actions;

/// <summary>
/// Reads a QueryExpression as the Web API writes it in BulkDelete's <c>QuerySet</c>: <c>{"EntityName":"…","Criteria":
/// {"FilterOperator":"And","Conditions":[{"AttributeName":"createdon","Operator":"OlderThanXDays","Values":[{"Value":"7",
/// "Type":"System.Int32"}]}],"Filters":[…]}}</c>. Values are read by the column's type. <c>OlderThanX{Days,Hours,Minutes}</c>
/// becomes "before now minus X" on the emulator's clock; the other operators are the SDK's by name.
/// </summary>
internal sealed class QuerySetReader(EntitySets sets, DateTime utcNow)
{
    public (TableMetadata Table, QueryExpression Query) Read(JsonNode? node)
    {
        var json = node as JsonObject ?? throw ApiException.BadRequest("Every QuerySet entry must be a QueryExpression object.");
        var name = json["EntityName"]?.GetValue<string>() ?? throw ApiException.BadRequest("A QueryExpression needs 'EntityName'.");
        var table = sets.ByLogicalName(name) ?? throw ApiException.BadRequest($"The table '{name}' of the QueryExpression does not exist.");
        var query = new QueryExpression(name) { ColumnSet = new ColumnSet(table.PrimaryKey) };
        query.Criteria = Filter(table, json["Criteria"] as JsonObject);
        return (table, query);
    }

    private FilterExpression Filter(TableMetadata table, JsonObject? json)
    {
        var filter = new FilterExpression(json?["FilterOperator"]?.GetValue<string>() == "Or" ? LogicalOperator.Or : LogicalOperator.And);
        foreach (var condition in json?["Conditions"] as JsonArray ?? [])
        {
            filter.AddCondition(Condition(table, condition as JsonObject ?? throw ApiException.BadRequest("A condition must be an object.")));
        }

        foreach (var child in json?["Filters"] as JsonArray ?? [])
        {
            filter.AddFilter(Filter(table, child as JsonObject));
        }

        return filter;
    }

    private ConditionExpression Condition(TableMetadata table, JsonObject json)
    {
        var name = json["AttributeName"]?.GetValue<string>() ?? throw ApiException.BadRequest("A condition needs 'AttributeName'.");
        var column = table.Column(name) ?? throw ApiException.UnknownProperty(name, table.TypeName);
        var operatorName = json["Operator"]?.GetValue<string>() ?? throw ApiException.BadRequest($"The condition on '{name}' needs 'Operator'.");
        var literals = (json["Values"] as JsonArray ?? []).Select(Literal).ToList();
        if (Age(operatorName, literals) is { } age)
        {
            return new ConditionExpression(name, ConditionOperator.LessThan, utcNow - age);
        }

        return Enum.TryParse<ConditionOperator>(operatorName, out var op) && Enum.IsDefined(op)
            ? new ConditionExpression(name, op, [.. literals.Select(l => ODataValues.FromText(column, l))])
            : throw ApiException.NotEmulated($"The condition operator '{operatorName}'");
    }

    private static TimeSpan? Age(string operatorName, List<string> literals)
    {
        Func<double, TimeSpan>? unit = operatorName switch
        {
            "OlderThanXDays" => TimeSpan.FromDays,
            "OlderThanXHours" => TimeSpan.FromHours,
            "OlderThanXMinutes" => TimeSpan.FromMinutes,
            _ => null,
        };
        if (unit is null)
        {
            return null;
        }

        return literals.Count == 1 && int.TryParse(literals[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
            ? unit(count)
            : throw ApiException.BadRequest($"{operatorName} takes one whole number.");
    }

    // A value is a Microsoft.Dynamics.CRM.Object ({"Value":"7","Type":"System.Int32"}) or a bare JSON literal.
    private static string Literal(JsonNode? node)
    {
        var value = node is JsonObject typed ? typed["Value"] : node;
        return value?.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value?.ToJsonString() ?? "null";
    }
}
