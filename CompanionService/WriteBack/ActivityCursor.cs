using System.Text.Json;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// Where the incremental write-back stands in Marketo's activity stream, kept in <c>msi_syncstate</c> under
/// <see cref="Key"/> so every worker instance continues from it: the last paging token Marketo returned and when it was
/// issued. A token lapses <see cref="Lifetime"/> after it was issued (docs/writeback.md); an older one is not sent.
/// </summary>
/// <param name="Token">The last <c>nextPageToken</c> (opaque).</param>
/// <param name="IssuedOn">When Marketo returned it, by the worker's clock.</param>
internal sealed record ActivityCursor(string Token, DateTimeOffset IssuedOn)
{
    public const string Key = "writeback-activities";

    /// <summary>How long a paging token stays usable: 14 days.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Whether the token is older than <see cref="Lifetime"/> at <paramref name="now"/>.</summary>
    public bool IsLapsedAt(DateTimeOffset now) => now - IssuedOn >= Lifetime;

    /// <summary>The stored text, or null when there is none or it cannot be read (then the write-back starts afresh).</summary>
    public static ActivityCursor? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ActivityCursor>(text, Json) is { Token.Length: > 0 } cursor ? cursor : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string ToText() => JsonSerializer.Serialize(this, Json);

    /// <summary>The token stays out of logs; only its age is told.</summary>
    public override string ToString() => $"activity position issued {IssuedOn:O}";
}
