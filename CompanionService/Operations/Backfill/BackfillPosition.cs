using System.Text.Json;
using System.Text.Json.Serialization;

namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary>
/// Where a backfill of one table stands, kept in <c>msi_syncstate</c> as <c>backfill:&lt;table&gt;</c> after every page:
/// the run's id (also every row's <c>msi_correlationid</c>), the last record id paged past, rows enqueued and rows
/// found already queued, and whether the run finished. JSON, e.g.
/// <c>{"run":"…","after":"…","enqueued":1500,"alreadyQueued":0,"done":false}</c>.
/// </summary>
internal sealed record BackfillPosition(
    [property: JsonPropertyName("run")] Guid Run,
    [property: JsonPropertyName("after")] Guid? After,
    [property: JsonPropertyName("enqueued")] long Enqueued,
    [property: JsonPropertyName("alreadyQueued")] long AlreadyQueued,
    [property: JsonPropertyName("done")] bool Done)
{
    /// <summary>The <c>msi_syncstate</c> name of <paramref name="table"/>'s position.</summary>
    public static string StateName(string table) => "backfill:" + table;

    public static BackfillPosition Start() => new(Guid.NewGuid(), null, 0, 0, false);

    /// <summary>The stored position; null for none or for text that does not read as one.</summary>
    public static BackfillPosition? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<BackfillPosition>(value);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override string ToString() => JsonSerializer.Serialize(this);
}
