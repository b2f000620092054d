using System.Globalization;

namespace MsiDynamics.CompanionService.Dataverse.DrainLease;

/// <summary>
/// What the lease row's <c>msi_value</c> says (dataverse.md §0.10): <c>"&lt;expiry&gt; &lt;holder&gt;"</c>, the expiry in
/// UTC ISO 8601 to the millisecond (<c>2026-12-02T12:01:00.000Z worker-a/4312</c>). A value that does not read so (or
/// none) is a lease no one holds.
/// </summary>
/// <param name="Holder">Who holds it; null when no one does.</param>
/// <param name="ExpiresOn">When it lapses; from then on any worker may claim it.</param>
internal sealed record DrainLeaseValue(string? Holder, DateTimeOffset ExpiresOn)
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>A lease held by <paramref name="holder"/> until <paramref name="expiresOn"/>, cut to the millisecond it is stored with.</summary>
    public static DrainLeaseValue Of(string holder, DateTimeOffset expiresOn) =>
        new(holder, new DateTimeOffset(expiresOn.UtcTicks - (expiresOn.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero));

    /// <summary>Reads <c>msi_value</c>; anything unreadable is a free lease.</summary>
    public static DrainLeaseValue Parse(string? value)
    {
        var space = value?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        return space > 0
            && DateTimeOffset.TryParseExact(value![..space], Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiresOn)
            && value.Length > space + 1
            ? new DrainLeaseValue(value[(space + 1)..], expiresOn.ToUniversalTime())
            : new DrainLeaseValue(null, DateTimeOffset.MinValue);
    }

    /// <summary>Whether <paramref name="me"/> may claim it at <paramref name="now"/>: no one holds it, it lapsed, or it is already mine.</summary>
    public bool IsClaimableBy(string me, DateTimeOffset now) => Holder is null || ExpiresOn <= now || Holder == me;

    /// <summary>The text stored in <c>msi_value</c>.</summary>
    public override string ToString() => $"{ExpiresOn.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture)} {Holder}";
}
