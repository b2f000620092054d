using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Query of a non-lead object: <c>filterType</c> (a searchable field, <c>dedupeFields</c> or
/// <c>idField</c>) with <c>filterValues</c>, or, for a compound key, a JSON body with <c>input</c> key
/// objects (<c>POST …?_method=GET</c>, §3.6); optional <c>fields</c>, <c>batchSize</c> (≤ 300) and
/// <c>nextPageToken</c> (marketo.md §3.1; DEV companies.md shows <c>seq</c> on query results).
/// </summary>
internal static class ObjectQuery
{
    public static MarketoResponse Run<T>(MarketoCall call, ObjectSchema<T> schema)
        where T : MarketoRecord
    {
        var request = call.Request;
        var filterType = request.Param("filterType");
        if (filterType is null)
        {
            return call.Blank("filterType");
        }

        IReadOnlyList<string>? keyFields = filterType switch
        {
            ObjectSync.DedupeFields => schema.DedupeFields,
            ObjectSync.IdField => [schema.IdField],
            _ => schema.SearchableFields.FirstOrDefault(s => s.Count == 1 && s[0] == filterType),
        };
        if (keyFields is null)
        {
            return call.Fail(MarketoErrors.FieldNotSupported, $"Field '{filterType}' not supported");
        }

        var keys = KeysOf(request, keyFields);
        if (keys.Count == 0)
        {
            return call.Blank(request.Input is null ? "filterValues" : "input");
        }

        call.CountRecords(keys.Count);
        if (keys.Count > MarketoLimits.FilterValues)
        {
            return call.Fail(MarketoErrors.InvalidData, $"Invalid data: {keys.Count} filter values; the limit is {MarketoLimits.FilterValues}");
        }

        if (Paging.Read(call) is not { } paging)
        {
            return call.Fail(MarketoErrors.InvalidData, "Invalid batchSize or nextPageToken");
        }

        var fields = request.List("fields") is { Count: > 0 } requested ? requested : schema.DefaultQueryFields;
        lock (call.Store.Gate)
        {
            var table = schema.Table(call.Store);
            var matches = keys.SelectMany(table.Find).DistinctBy(r => r.Ordinal).OrderBy(r => r.Ordinal).ToList();
            var page = matches.Skip(paging.Offset).Take(paging.BatchSize).ToList();
            var result = new JsonArray([.. page.Select((r, i) => (JsonNode)FieldValues.Render(
                FieldValues.Project(r.Fields, fields, i), name => schema.Field(name)?.DataType == "datetime", call.Context.Options.DateTimeForm))]);
            return Paging.Answer(call, result, paging, matches.Count);
        }
    }

    private static List<List<KeyValuePair<string, string?>>> KeysOf(MarketoRequest request, IReadOnlyList<string> keyFields)
    {
        if (request.Input is { } input)
        {
            return [.. input.OfType<JsonObject>().Select(o => keyFields.Select(f => new KeyValuePair<string, string?>(f, FieldValues.Text(o[f]))).ToList())];
        }

        // A compound key cannot be written as filterValues; only the JSON input form carries it (§3.6).
        return keyFields.Count != 1
            ? []
            : [.. request.List("filterValues").Select(v => new List<KeyValuePair<string, string?>> { new(keyFields[0], v) })];
    }
}
