using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Delete Leads, <c>POST /rest/v1/leads/delete.json {"input":[{"id":235}]}</c> or with <c>?id=1,2,3</c> and
/// no body, and <c>POST /rest/v1/leads.json?_method=DELETE</c> as recorded by GR (marketo.md §3.4):
/// ≤ 300; <c>{"id":235,"status":"deleted"}</c>; a missing lead skipped with 1013 and, as every skipped
/// lead, no id (§2).
/// </summary>
internal static class LeadDelete
{
    public static MarketoResponse Run(MarketoCall call)
    {
        var input = call.Request.Input
            ?? new JsonArray([.. call.Request.List("id").Select(id => (JsonNode)new JsonObject { ["id"] = id })]);
        if (call.CheckBatch(input.Count == 0 ? null : input) is { } refused)
        {
            return refused;
        }

        lock (call.Store.Gate)
        {
            var results = new JsonArray();
            foreach (var record in input)
            {
                results.Add(DeleteOne(call.Store, FieldValues.Integer(record?[LeadFields.Id])));
            }

            return call.Ok(results);
        }
    }

    private static JsonObject DeleteOne(MarketoStore store, int? id)
    {
        if (id is not { } leadId)
        {
            return RecordReasons.Skipped(null, RecordReasons.MissingValue, "Missing value for required parameter 'id'");
        }

        return store.LeadTable.Remove(leadId)
            ? RecordReasons.Done(null, LeadFields.Id, leadId, "deleted")
            : RecordReasons.Skipped(null, RecordReasons.RecordNotFound, "Record not found");
    }
}
