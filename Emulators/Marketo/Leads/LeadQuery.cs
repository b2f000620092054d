using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Get Leads by Filter Type, <c>GET /rest/v1/leads.json</c> or <c>POST /rest/v1/leads.json?_method=GET</c>
/// with a form body (marketo.md §3.4, decision 2): filterType, ≤ 300 filterValues, fields,
/// batchSize ≤ 300, nextPageToken; more than 1,000 matches answer 1003; no match is an empty result.
/// Lead results carry no <c>seq</c> (§2). Also Get Lead by Id, <c>GET /rest/v1/lead/{id}.json</c> (§3.1).
/// </summary>
internal static class LeadQuery
{
    public static MarketoResponse ByFilter(MarketoCall call)
    {
        var filterType = call.Request.Param("filterType");
        if (filterType is null)
        {
            return call.Blank("filterType");
        }

        var field = LeadFields.For(call.Context.Options).FirstOrDefault(f => f.Name == filterType);
        if (field is null || !LeadFields.IsFilterable(field))
        {
            return call.Fail(MarketoErrors.FieldNotSupported, $"Field '{filterType}' not supported");
        }

        var values = call.Request.List("filterValues");
        if (values.Count == 0)
        {
            return call.Blank("filterValues");
        }

        call.CountRecords(values.Count);
        if (values.Count > MarketoLimits.FilterValues)
        {
            return call.Fail(MarketoErrors.InvalidData, $"Invalid data: {values.Count} filter values; the limit is {MarketoLimits.FilterValues}");
        }

        if (Paging.Read(call) is not { } paging)
        {
            return call.Fail(MarketoErrors.InvalidData, "Invalid batchSize or nextPageToken");
        }

        if (UnknownField(call) is { } unknown)
        {
            return call.Fail(MarketoErrors.FieldNotFound, $"Field '{unknown}' not found");
        }

        lock (call.Store.Gate)
        {
            var matches = values.SelectMany(v => Find(call.Store.LeadTable, filterType, v)).DistinctBy(l => l.Id).OrderBy(l => l.Id).ToList();
            if (matches.Count > MarketoLimits.LeadMatches)
            {
                return call.Fail(MarketoErrors.InvalidData, "Too many results match the filter");
            }

            var fields = FieldsOf(call);
            var page = matches.Skip(paging.Offset).Take(paging.BatchSize);
            var result = new JsonArray([.. page.Select(l => (JsonNode)Render(call, FieldValues.Project(l.Fields, fields, null)))]);
            return Paging.Answer(call, result, paging, matches.Count);
        }
    }

    public static MarketoResponse ById(MarketoCall call)
    {
        var segment = call.Request.Path[(call.Request.Path.LastIndexOf('/') + 1)..].Replace(".json", string.Empty, StringComparison.Ordinal);
        if (!int.TryParse(segment, out var id))
        {
            return call.Fail(MarketoErrors.NotFound);
        }

        if (UnknownField(call) is { } unknown)
        {
            return call.Fail(MarketoErrors.FieldNotFound, $"Field '{unknown}' not found");
        }

        lock (call.Store.Gate)
        {
            var lead = call.Store.LeadTable.Get(id);
            var fields = FieldsOf(call);
            return call.Ok(lead is null ? new JsonArray() : new JsonArray(Render(call, FieldValues.Project(lead.Fields, fields, null))));
        }
    }

    /// <summary>
    /// The first requested field the instance lacks, when the emulator is switched to refuse it (UNCERTAIN,
    /// marketo.md D8); null when every field exists or unknown fields come back null.
    /// </summary>
    private static string? UnknownField(MarketoCall call)
    {
        if (call.Context.Options.UnknownQueryField != MarketoUnknownFieldAnswer.Refuse1006)
        {
            return null;
        }

        var known = LeadFields.For(call.Context.Options);
        return call.Request.List("fields").FirstOrDefault(name => known.All(f => f.Name != name));
    }

    /// <summary>The requested fields with <c>id</c> first, or the default set (§3.4).</summary>
    private static IReadOnlyList<string> FieldsOf(MarketoCall call)
    {
        var requested = call.Request.List("fields");
        return requested.Count == 0
            ? LeadFields.DefaultQueryFields
            : [LeadFields.Id, .. requested.Where(f => f != LeadFields.Id).Distinct()];
    }

    /// <summary>The lead's datetime fields in the configured answer form (D11).</summary>
    private static JsonObject Render(MarketoCall call, JsonObject result)
    {
        var form = call.Context.Options.DateTimeForm;
        return form == MarketoDateTimeForm.Utc
            ? result
            : FieldValues.Render(result, name => LeadFields.For(call.Context.Options).Any(f => f.Name == name && f.DataType == "datetime"), form);
    }

    private static IReadOnlyList<Lead> Find(RecordTable<Lead> table, string field, string value) =>
        field == LeadFields.Id
            ? int.TryParse(value, out var id) && table.Get(id) is { } lead ? [lead] : []
            : table.Find(field, value);
}
