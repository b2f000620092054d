using System.Text.Json;

namespace MsiDynamics.CompanionService.Tests.Operations.Verify;

/// <summary>Reads <c>verify --json</c> output the way a script would: by member names, as docs/verify.md gives them.</summary>
internal static class VerifyJsonReading
{
    /// <summary>(kind, table, id, name) of every finding.</summary>
    public static IReadOnlyList<(string Kind, string Table, string Id, string Name)> Findings(JsonElement json) =>
    [
        .. json.GetProperty("findings").EnumerateArray().Select(f =>
            (f.GetProperty("kind").GetString()!, f.GetProperty("table").GetString()!, f.GetProperty("id").GetString()!, f.GetProperty("name").GetString()!)),
    ];

    /// <summary>The counts of object type <paramref name="type"/> (e.g. <c>leads</c>): checked, missing, mislinked.</summary>
    public static (int Checked, int Missing, int Mislinked) Counts(JsonElement json, string type)
    {
        var count = json.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("type").GetString() == type);
        return (count.GetProperty("checked").GetInt32(), count.GetProperty("missing").GetInt32(), count.GetProperty("mislinked").GetInt32());
    }

    /// <summary>The object types the result counts, in order.</summary>
    public static IReadOnlyList<string> Types(JsonElement json) =>
        [.. json.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("type").GetString()!)];
}
