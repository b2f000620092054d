using System.Text.Json;

namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// A record of a page that could not be read — a date in no form Marketo writes, say (marketo.md D11: an
/// unreadable value in one row fails that row, never the page or the reader). The page's other records are
/// read as usual; this one is named so that a person can find it in Marketo.
/// </summary>
/// <param name="Position">Its index in the page's <c>result[]</c>.</param>
/// <param name="Key">Its <c>marketoGUID</c>, <c>id</c> or <c>seq</c> as Marketo sent it, when it has one.</param>
/// <param name="Reason">Which value could not be read and why, e.g. <c>$.activityDate: 'yesterday' is not a date …</c>.</param>
public sealed record MarketoUnreadableRecord(int Position, string? Key, string Reason)
{
    // The keys by which Marketo names a record (marketo.md §2), the most specific first.
    private static readonly string[] KeyFields = ["marketoGUID", "id", "seq"];

    /// <summary>The record at <paramref name="position"/> of a page, refused for <paramref name="error"/>.</summary>
    internal static MarketoUnreadableRecord Of(int position, JsonElement record, JsonException error)
    {
        var reason = error.Path is { Length: > 0 } path ? $"{path}: {error.Message}" : error.Message;
        return new MarketoUnreadableRecord(position, KeyOf(record), reason);
    }

    private static string? KeyOf(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in KeyFields)
        {
            if (record.TryGetProperty(name, out var key) && key.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                return key.ValueKind == JsonValueKind.String ? key.GetString() : key.GetRawText();
            }
        }

        return null;
    }

    public override string ToString() => $"record {Key ?? "without a key"} at position {Position}: {Reason}";
}
