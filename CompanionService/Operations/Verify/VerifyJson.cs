using System.Text;
using System.Text.Json;
using MsiDynamics.CompanionService.Marketo.Describe;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>
/// <c>verify --json</c>: the result as one JSON object, for scripts and monitoring. The shape is stable (docs/verify.md):
/// <c>version</c> 1; names in camelCase; object types <c>salesPersons</c>, <c>companies</c>, <c>leads</c>,
/// <c>opportunities</c>, <c>opportunityRoles</c>; finding kinds as <see cref="VerifyFindingKind"/> in camelCase. New
/// members may be added; none is renamed or removed without a new version.
/// </summary>
internal static class VerifyJson
{
    public const int Version = 1;

    public static string Write(VerifyResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteBoolean("clean", result.IsClean);
            json.WriteString("stopped", result.Stopped);
            json.WriteStartObject("scope");
            if (result.Scope.Sample is { } sample)
            {
                json.WriteNumber("sample", sample);
            }
            else
            {
                json.WriteNull("sample");
            }

            Strings(json, "tables", result.Scope.Tables);
            json.WriteEndObject();
            Strings(json, "disabledTables", result.DisabledTables);
            json.WriteStartArray("types");
            foreach (var count in result.Types)
            {
                json.WriteStartObject();
                json.WriteString("type", Name(count.Type));
                json.WriteNumber("checked", count.Checked);
                json.WriteNumber("skipped", count.Skipped);
                json.WriteNumber("missing", count.Missing);
                json.WriteNumber("mislinked", count.Mislinked);
                json.WriteNumber("emailMismatches", count.EmailMismatches);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in result.Findings)
            {
                json.WriteStartObject();
                json.WriteString("type", Name(finding.Type));
                json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(finding.Kind.ToString()));
                json.WriteString("table", finding.Table);
                json.WriteString("id", finding.Id.ToString());
                json.WriteString("name", finding.Name);
                json.WriteString("detail", finding.Detail);
                json.WriteString("action", finding.Action);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("marketoCalls", result.MarketoCalls);
            json.WriteNumber("dataverseRequests", result.DataverseRequests);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The JSON name of an object type: <c>salesPersons</c>, <c>companies</c>, <c>leads</c>, <c>opportunities</c>, <c>opportunityRoles</c>.</summary>
    public static string Name(MarketoObjectType type) => JsonNamingPolicy.CamelCase.ConvertName(type.ToString());

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
