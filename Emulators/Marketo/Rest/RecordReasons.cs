using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Per-record results: status plus, for a skipped record, <c>reasons</c> [{code, message}] with 1xxx string
/// codes (marketo.md §2, §5.3).
/// </summary>
internal static class RecordReasons
{
    public const string InvalidValue = "1001";
    public const string MissingValue = "1002";
    public const string InvalidData = "1003";
    public const string LeadNotFound = "1004";
    public const string LeadExists = "1005";
    public const string FieldNotFound = "1006";
    public const string MultipleMatches = "1007";
    public const string RecordNotFound = "1013";
    public const string ObjectExists = "1017";
    public const string ObjectInUse = "1022";
    public const string DuplicateInInput = "1036";

    /// <summary>A successful record: <c>{seq?, id|marketoGUID, status}</c>; leads carry no seq (§2).</summary>
    public static JsonObject Done(int? seq, string idField, JsonNode? id, string status)
    {
        var result = new JsonObject();
        if (seq is { } s)
        {
            result["seq"] = s;
        }

        result[idField] = id?.DeepClone();
        result["status"] = status;
        return result;
    }

    /// <summary>A skipped record: status skipped, reasons, and no id (a skipped lead carries no id, §2).</summary>
    public static JsonObject Skipped(int? seq, string code, string message)
    {
        var result = new JsonObject();
        if (seq is { } s)
        {
            result["seq"] = s;
        }

        result["status"] = "skipped";
        result["reasons"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message });
        return result;
    }

    /// <summary>The reason code of a skipped result, or null.</summary>
    public static string? CodeOf(JsonObject result) =>
        result["reasons"] is JsonArray { Count: > 0 } reasons ? reasons[0]?["code"]?.GetValue<string>() : null;
}
