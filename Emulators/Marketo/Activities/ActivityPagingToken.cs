using System.Globalization;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The activity stream's paging tokens (DEV paging-tokens.md: a date token from Get Paging Token, then a position token
/// from each Get Lead Activities answer), carrying when they were issued so that they can expire. Payloads, Base32
/// encoded like every emulator token (<see cref="PageToken"/>): <c>d:&lt;since ticks&gt;:&lt;issued ticks&gt;</c> and
/// <c>a:&lt;last activity id&gt;:&lt;issued ticks&gt;</c>; the older forms without the issue time are still read and never expire.
/// That a token lapses <see cref="Lifetime"/> after it was issued is the product's requirement, not a documented Marketo
/// fact (docs/writeback.md, "Assumptions").
/// </summary>
internal sealed record ActivityPagingToken(char Kind, long Value, DateTimeOffset? IssuedAt)
{
    /// <summary>How long a token stays usable after it was issued: 14 days.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    /// <summary>A date token standing for <paramref name="since"/>.</summary>
    public static string ForDate(DateTimeOffset since, DateTimeOffset now) => Encode('d', since.UtcTicks, now);

    /// <summary>A position token after activity <paramref name="lastId"/>.</summary>
    public static string After(long lastId, DateTimeOffset now) => Encode('a', lastId, now);

    /// <summary>Reads a token; null when it is not one of the emulator's activity tokens.</summary>
    public static ActivityPagingToken? Read(string? token)
    {
        var payload = PageToken.Decode(token);
        if (payload is not { Length: > 2 } || payload[1] != ':' || payload[0] is not ('a' or 'd'))
        {
            return null;
        }

        var parts = payload[2..].Split(':');
        if (parts.Length is 0 or > 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new ActivityPagingToken(payload[0], value, null);
        }

        return long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var issued) && issued <= DateTimeOffset.MaxValue.UtcTicks
            ? new ActivityPagingToken(payload[0], value, new DateTimeOffset(issued, TimeSpan.Zero))
            : null;
    }

    /// <summary>Whether the token has lapsed at <paramref name="now"/>.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => IssuedAt is { } issued && now - issued > Lifetime;

    private static string Encode(char kind, long value, DateTimeOffset now) =>
        PageToken.Encode(string.Create(CultureInfo.InvariantCulture, $"{kind}:{value}:{now.UtcTicks}"));
}
