using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Query;

/// <summary>
/// <c>GET &lt;set&gt;?$apply=…</c>, the subset of OData aggregation Dataverse answers that the worker uses (Microsoft
/// Learn, "Aggregate data using OData", <c>webapi/query/aggregate-data</c>): an optional <c>filter(expr)/</c> step,
/// then <c>groupby((col1,col2),aggregate($count as alias))</c> or <c>aggregate($count as alias)</c>. One row per group,
/// each group column with its raw value and the alias with the number of rows. Aggregation is limited to 50,000 rows
/// (same page): a query that would count more is refused with 0x8004e023 "AggregateQueryRecordLimit exceeded", the code
/// the platform gives that refusal (assumption on the HTTP status, 400; the code and text as the PowerDataOps module
/// tests for them, <c>Test-XrmAggregateLimitErrorInternal.ps1</c>). Any other form of <c>$apply</c>, or another query
/// option beside it, is refused with a 400 naming <c>'$apply'</c>, never answered without it.
/// </summary>
internal static partial class AggregateReader
{
    /// <summary>The platform's code for an aggregate over more rows than its limit.</summary>
    public const string AggregateLimitCode = "0x8004e023";

    public static ApiResponse Read(ApiCall call, TableMetadata table, string apply)
    {
        foreach (var (name, _) in call.Request.Query)
        {
            if (name != "$apply" && !name.StartsWith('@'))
            {
                throw Unsupported($"'{name}' beside it");
            }
        }

        var match = Shape().Match(apply.Trim());
        if (!match.Success)
        {
            throw Unsupported($"'{apply}'");
        }

        var groupColumns = match.Groups["group"].Success
            ? match.Groups["group"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];
        foreach (var column in groupColumns)
        {
            _ = table.Column(column) ?? throw ApiException.UnknownProperty(column, "Microsoft.Dynamics.CRM." + table.LogicalName);
        }

        var limit = Math.Max(1, call.Context.Options.AggregateRecordLimit);
        var query = new QueryExpression(table.LogicalName) { ColumnSet = new ColumnSet(groupColumns), TopCount = limit + 1 };
        if (match.Groups["filter"].Success)
        {
            query.Criteria = FilterParser.Parse(match.Groups["filter"].Value, table, call.Request.Option);
        }

        var rows = call.Service.RetrieveMultiple(query).Entities;
        if (rows.Count > limit)
        {
            throw new ApiException(400, AggregateLimitCode, "AggregateQueryRecordLimit exceeded. Cannot perform this operation.");
        }

        var alias = match.Groups["alias"].Value;
        var value = new JsonArray();
        foreach (var group in rows.GroupBy(r => string.Join('\u001f', groupColumns.Select(c => Raw(r, c)?.ToJsonString() ?? "null"))))
        {
            var first = group.First();
            var row = new JsonObject();
            foreach (var column in groupColumns)
            {
                row[column] = Raw(first, column);
            }

            row[alias] = group.Count();
            value.Add(row);
        }

        var body = new JsonObject { ["@odata.context"] = call.ContextUrl(table.EntitySetName), ["value"] = value };
        return ApiResponse.Json(200, body);
    }

    /// <summary>A group column's value as the Web API writes it: a choice's number, a lookup's id, text and numbers as they are.</summary>
    private static JsonNode? Raw(Entity row, string column) => row.Attributes.TryGetValue(column, out var value)
        ? value switch
        {
            null => null,
            OptionSetValue choice => choice.Value,
            EntityReference reference => reference.Id.ToString("D"),
            bool flag => flag,
            int number => number,
            string text => text,
            Guid id => id.ToString("D"),
            _ => value.ToString(),
        }
        : null;

    private static ApiException Unsupported(string what) => ApiException.BadRequest(
        $"The query option '$apply' is emulated only as [filter(…)/]groupby((columns),aggregate($count as alias)) or aggregate($count as alias); "
        + $"{what} is not emulated by the Dataverse emulator (Emulators/Dataverse/WebApi).");

    [GeneratedRegex(@"^(?:filter\((?<filter>.+)\)/)?(?:groupby\(\((?<group>[a-z0-9_,\s]+)\),\s*aggregate\(\$count as (?<alias>[A-Za-z_][A-Za-z0-9_]*)\)\)|aggregate\(\$count as (?<alias>[A-Za-z_][A-Za-z0-9_]*)\))$", RegexOptions.Singleline)]
    private static partial Regex Shape();
}
