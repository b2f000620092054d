using System.Text.Encodings.Web;
using System.Text.Json;

namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary>
/// Queue row payloads in the plug-in's form (architecture.md §4, the plug-in's <c>PayloadWriter</c>): a JSON object that
/// starts with <c>"v":1</c>, string or null members. A record's Upsert carries nothing else (the drain reads its current
/// state); a connection's carries its opportunity, contact and role (dataverse.md §0.4).
/// </summary>
internal static class BackfillPayload
{
    public const int Version = 1;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly string Record = Write([]);

    public static string Role(Guid opportunityId, Guid contactId, Guid? roleId, string? role) => Write(
    [
        new("opportunityId", opportunityId.ToString("D")),
        new("contactId", contactId.ToString("D")),
        new("roleId", roleId?.ToString("D")),
        new("role", role),
    ]);

    private static string Write(IReadOnlyList<KeyValuePair<string, string?>> members)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("v", Version);
            foreach (var (name, value) in members)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
