using System.Globalization;

namespace MsiDynamics.CompanionService.Dataverse.DrainLease;

/// <summary>
/// What the lease row's <c>msi_value</c> says (dataverse.md §0.10): <c>"&lt;expiry&gt; &lt;holder&gt;"</c>, the expiry in
/// UTC ISO 8601 to the millisecond (<c>2026-12-02T12:01:00.000Z worker-a/4312</c>), then, from this version on, a tab and
/// the writer's Dataverse costs today (<c>\tcosts 2026-12-02 4411 4420</c>, <see cref="DataverseDayCosts"/>). A value
/// without the tab (an older worker's) reads as before, with no costs; an older worker reading a newer value sees a
/// holder name that is not its own, which is what it is. A value that does not read so (or none) is a lease no one holds.
/// The same text marks a standby's presence row (<see cref="DrainLeasePresence"/>), its expiry the presence's.
/// </summary>
/// <param name="Holder">Who holds it; null when no one does.</param>
/// <param name="ExpiresOn">When it lapses; from then on any worker may claim it.</param>
internal sealed record DrainLeaseValue(string? Holder, DateTimeOffset ExpiresOn)
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const char CostsSeparator = '\t';

    /// <summary>The writer's Dataverse costs today, when it wrote them.</summary>
    public DataverseDayCosts? Costs { get; init; }

    /// <summary>A lease held by <paramref name="holder"/> until <paramref name="expiresOn"/>, cut to the millisecond it is stored with.</summary>
    public static DrainLeaseValue Of(string holder, DateTimeOffset expiresOn, DataverseDayCosts? costs = null) =>
        new(holder, new DateTimeOffset(expiresOn.UtcTicks - (expiresOn.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero)) { Costs = costs };

    /// <summary>Reads <c>msi_value</c>; anything unreadable is a free lease.</summary>
    public static DrainLeaseValue Parse(string? value)
    {
        var tab = value?.IndexOf(CostsSeparator, StringComparison.Ordinal) ?? -1;
        var costs = tab >= 0 ? DataverseDayCosts.Parse(value![(tab + 1)..]) : null;
        var lease = tab >= 0 ? value![..tab] : value;
        var space = lease?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        return space > 0
            && DateTimeOffset.TryParseExact(lease![..space], Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiresOn)
            && lease.Length > space + 1
            ? new DrainLeaseValue(lease[(space + 1)..], expiresOn.ToUniversalTime()) { Costs = costs }
            : new DrainLeaseValue(null, DateTimeOffset.MinValue);
    }

    /// <summary>Whether <paramref name="me"/> may claim it at <paramref name="now"/>: no one holds it, it lapsed, or it is already mine.</summary>
    public bool IsClaimableBy(string me, DateTimeOffset now) => Holder is null || ExpiresOn <= now || Holder == me;

    /// <summary>The text stored in <c>msi_value</c>.</summary>
    public override string ToString() =>
        $"{ExpiresOn.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture)} {Holder}{(Costs is null ? string.Empty : CostsSeparator + Costs.ToString())}";
}
