using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Delete of a non-lead object: <c>{deleteBy: dedupeFields|idField (default dedupeFields), input: [keys]}</c>,
/// ≤ 300; each result <c>{seq, id|marketoGUID, status:"deleted"}</c>, a missing record skipped with
/// 1013 "Record not found" and no id (marketo.md §3.1–§3.6; DEV companies.md example).
/// </summary>
internal static class ObjectDelete
{
    public static MarketoResponse Run<T>(MarketoCall call, ObjectSchema<T> schema)
        where T : MarketoRecord
    {
        var input = call.Request.Input;
        if (call.CheckBatch(input) is { } refused)
        {
            return refused;
        }

        var deleteBy = call.Request.Param("deleteBy") ?? ObjectSync.DedupeFields;
        if (deleteBy is not (ObjectSync.DedupeFields or ObjectSync.IdField))
        {
            return call.Fail(MarketoErrors.InvalidData, $"Invalid deleteBy '{deleteBy}'");
        }

        lock (call.Store.Gate)
        {
            var results = new JsonArray();
            for (var seq = 0; seq < input!.Count; seq++)
            {
                results.Add(DeleteOne(call, schema, deleteBy, seq, input[seq] as JsonObject));
            }

            return call.Ok(results);
        }
    }

    private static JsonObject DeleteOne<T>(MarketoCall call, ObjectSchema<T> schema, string deleteBy, int seq, JsonObject? record)
        where T : MarketoRecord
    {
        if (record is null)
        {
            return RecordReasons.Skipped(seq, RecordReasons.InvalidData, "Invalid data");
        }

        var key = ObjectSync.KeyOf(schema, deleteBy, record);
        if (key.FirstOrDefault(k => string.IsNullOrEmpty(k.Value)).Key is { } missing)
        {
            return RecordReasons.Skipped(seq, RecordReasons.MissingValue, $"Missing value for required parameter '{missing}'");
        }

        var table = schema.Table(call.Store);
        if (table.Find(key).FirstOrDefault() is not { } match)
        {
            return RecordReasons.Skipped(seq, RecordReasons.RecordNotFound, "Record not found");
        }

        if (schema.CheckDelete?.Invoke(call.Store, match) is { } reason)
        {
            return RecordReasons.Skipped(seq, reason.Code, reason.Message);
        }

        table.Remove(match.Ordinal);
        return RecordReasons.Done(seq, schema.IdField, schema.IdOf(match), "deleted");
    }
}
