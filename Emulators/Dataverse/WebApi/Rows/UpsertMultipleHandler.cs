using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Json;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Rows;

/// <summary>
/// <c>POST set/Microsoft.Dynamics.CRM.UpsertMultiple</c> with <c>{"Targets":[…]}</c> (dataverse.md §0.13, §6): each
/// target names its row by its key column or by <c>@odata.id</c> (<c>"msi_syncsettings(msi_entity='lead')"</c>, an
/// alternate key); a row that exists is updated (Update pipeline), one that does not is created (Create pipeline). All
/// in one transaction; one failure rolls all back. 200 with <c>Results</c>: per target <c>RecordCreated</c> and the
/// row's reference (<c>Target</c>; the property names of the UpsertResponse type, the shape UNCERTAIN).
/// </summary>
internal static class UpsertMultipleHandler
{
    public const string Message = "UpsertMultiple";

    public static ApiResponse UpsertMultiple(ApiCall call, TableMetadata table)
    {
        var targets = BulkTargets.Read(call, table, Message).Select((t, i) => (Key: KeyOf(table, t.Json, t.Row, i), t.Row)).ToList();
        var results = new JsonArray();
        call.Context.Organization.RunInTransaction(() =>
        {
            foreach (var (key, row) in targets)
            {
                var existing = key.Find(call);
                if (existing is { } found)
                {
                    row.Id = found;
                    call.Service.Update(row);
                }
                else
                {
                    key.Stamp(row);
                    row.Id = call.Service.Create(row);
                }

                results.Add(Result(table, row.Id, created: existing is null));
            }

            return true;
        });

        return ApiResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = call.ContextUrl("Microsoft.Dynamics.CRM.UpsertMultipleResponse"),
            ["Results"] = results,
        });
    }

    private static RowKey KeyOf(TableMetadata table, JsonObject json, Entity row, int index)
    {
        if (row.Id != Guid.Empty)
        {
            return RowKey.Parse(table, row.Id.ToString("D"));
        }

        var reference = json["@odata.id"]?.GetValue<string>() is { } url ? ResourceReference.RelativePath(url) : null;
        var open = reference?.IndexOf('(', StringComparison.Ordinal) ?? -1;
        return open > 0 && reference!.EndsWith(')') && reference[..open] == table.EntitySetName
            ? RowKey.Parse(table, reference[(open + 1)..^1])
            : throw ApiException.BadRequest(
                $"Targets[{index}] of UpsertMultiple names no row: give '{table.PrimaryKey}' or '@odata.id' with an alternate key.");
    }

    private static JsonObject Result(TableMetadata table, Guid id, bool created) => new()
    {
        ["RecordCreated"] = created,
        ["Target"] = new JsonObject { ["@odata.type"] = "#" + table.TypeName, [table.PrimaryKey] = id.ToString("D") },
    };
}
