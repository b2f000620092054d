using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Sync (create/update) of a non-lead object: <c>{action, dedupeBy, input}</c> with action
/// createOnly|updateOnly|createOrUpdate (default createOrUpdate) and dedupeBy dedupeFields|idField
/// (default dedupeFields); one result per input record, in input order, each with <c>seq</c>
/// (marketo.md §2, §3.1).
/// </summary>
internal static class ObjectSync
{
    public const string CreateOnly = "createOnly";
    public const string UpdateOnly = "updateOnly";
    public const string CreateOrUpdate = "createOrUpdate";
    public const string DedupeFields = "dedupeFields";
    public const string IdField = "idField";

    public static MarketoResponse Run<T>(MarketoCall call, ObjectSchema<T> schema)
        where T : MarketoRecord
    {
        var input = call.Request.Input;
        if (call.CheckBatch(input) is { } refused)
        {
            return refused;
        }

        var action = call.Request.Param("action") ?? CreateOrUpdate;
        if (action is not (CreateOnly or UpdateOnly or CreateOrUpdate))
        {
            return call.Fail(MarketoErrors.InvalidData, $"Invalid action '{action}'");
        }

        var dedupeBy = call.Request.Param("dedupeBy") ?? DedupeFields;
        if (dedupeBy is not (DedupeFields or IdField))
        {
            return call.Fail(MarketoErrors.InvalidData, $"Invalid dedupeBy '{dedupeBy}'");
        }

        if (schema.DedupeByOnlyForUpdateOnly && action != UpdateOnly)
        {
            dedupeBy = DedupeFields;
        }

        lock (call.Store.Gate)
        {
            if (schema.CheckRequest?.Invoke(call, input!) is { } failed)
            {
                return failed;
            }

            var write = new ObjectWrite<T>(call, schema, action, dedupeBy);
            var results = new JsonArray();
            for (var seq = 0; seq < input!.Count; seq++)
            {
                results.Add(write.Apply(seq, input[seq] as JsonObject));
            }

            return call.Ok(results);
        }
    }

    /// <summary>The key of a record under the dedupe mode: (field, value) pairs.</summary>
    public static List<KeyValuePair<string, string?>> KeyOf<T>(ObjectSchema<T> schema, string dedupeBy, JsonObject record)
        where T : MarketoRecord
    {
        var fields = dedupeBy == IdField ? [schema.IdField] : schema.DedupeFields;
        return [.. fields.Select(f => new KeyValuePair<string, string?>(f, FieldValues.Text(record[f])))];
    }
}
