using System.Text.Json;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Describe;

/// <summary>
/// Describe calls for field validation (marketo.md §3): leads answer a flat list of fields with
/// <c>rest.name</c>/<c>rest.readOnly</c>; the other objects one element with <c>idField</c>,
/// <c>dedupeFields</c>, <c>searchableFields</c> and <c>fields[]</c> carrying <c>updateable</c>. Both come
/// back as one <see cref="MarketoObjectDescription"/>.
/// </summary>
public sealed class DescribeClient(MarketoTransport transport)
{
    /// <summary><c>GET /rest/v1/{object}/describe.json</c>: a page holding the one description.</summary>
    public async Task<MarketoPage<MarketoObjectDescription>> DescribeAsync(
        MarketoObjectType type, CancellationToken cancellationToken = default)
    {
        var request = MarketoRequest.Get(MarketoSchema.Describe(ObjectPath(type)), $"describe.{type}");
        var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.ReadOutcome.IsSuccess)
        {
            return MarketoPage<MarketoObjectDescription>.Failed(response.ReadOutcome);
        }

        var results = response.Items<JsonElement>();
        var description = type == MarketoObjectType.Leads ? FromLeadFields(results) : FromObject(type, results);
        return new MarketoPage<MarketoObjectDescription>(response.ReadOutcome, [description], null, false);
    }

    private static string ObjectPath(MarketoObjectType type) => type switch
    {
        MarketoObjectType.SalesPersons => MarketoSchema.SalesPersons,
        MarketoObjectType.Companies => MarketoSchema.Companies,
        MarketoObjectType.Leads => MarketoSchema.Leads,
        MarketoObjectType.Opportunities => MarketoSchema.Opportunities,
        _ => MarketoSchema.OpportunityRoles,
    };

    private static MarketoObjectDescription FromLeadFields(IReadOnlyList<JsonElement> fields) => new(
        MarketoObjectType.Leads, MarketoSchema.Id, [MarketoSchema.Email], [],
        [.. fields.Where(f => Text(f, "rest", "name") is not null).Select(f => new MarketoFieldDescription(
            Text(f, "rest", "name")!, Text(f, "displayName"), Text(f, "dataType"), Number(f, "length"),
            !(Flag(f, "rest", "readOnly") ?? false)))]);

    private static MarketoObjectDescription FromObject(MarketoObjectType type, IReadOnlyList<JsonElement> results)
    {
        if (results.Count == 0)
        {
            return new MarketoObjectDescription(type, null, [], [], []);
        }

        var o = results[0];
        return new MarketoObjectDescription(
            type,
            Text(o, "idField"),
            Strings(o, "dedupeFields"),
            o.TryGetProperty("searchableFields", out var sets) && sets.ValueKind == JsonValueKind.Array
                ? [.. sets.EnumerateArray().Select(set => (IReadOnlyList<string>)Strings(set))]
                : [],
            o.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array
                ? [.. fields.EnumerateArray().Where(f => Text(f, "name") is not null).Select(f => new MarketoFieldDescription(
                    Text(f, "name")!, Text(f, "displayName"), Text(f, "dataType"), Number(f, "length"),
                    Flag(f, "updateable") ?? true))]
                : []);
    }

    private static JsonElement? Walk(JsonElement e, string[] path)
    {
        foreach (var name in path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out e))
            {
                return null;
            }
        }

        return e;
    }

    private static string? Text(JsonElement e, params string[] path) =>
        Walk(e, path) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    private static int? Number(JsonElement e, params string[] path) =>
        Walk(e, path) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var n) ? n : null;

    private static bool? Flag(JsonElement e, params string[] path) =>
        Walk(e, path) is { ValueKind: JsonValueKind.True or JsonValueKind.False } v ? v.GetBoolean() : null;

    private static List<string> Strings(JsonElement e, params string[] path) =>
        Walk(e, path) is { ValueKind: JsonValueKind.Array } v
            ? [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : [];
}
