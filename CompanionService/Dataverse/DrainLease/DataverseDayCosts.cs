using System.Globalization;

namespace MsiDynamics.CompanionService.Dataverse.DrainLease;

/// <summary>
/// One worker's Dataverse costs on one UTC day (dataverse.md §0.12): Web API requests, which the service protection
/// limits count, and operations, which the entitlement counts. Counted in-process since the start of that day or the
/// worker's own start, whichever is later; carried in the lease row and the standby presence rows the worker already
/// writes, so <c>status</c> reads them at no extra cost. Stored as <c>costs 2026-12-02 4411 4420</c>.
/// </summary>
/// <param name="Day">The UTC day counted.</param>
/// <param name="Requests">Web API requests sent that day (a <c>$batch</c> or a bulk message is one).</param>
/// <param name="Operations">Operations the entitlement counts (every part of a <c>$batch</c>, every bulk target).</param>
public sealed record DataverseDayCosts(DateOnly Day, long Requests, long Operations)
{
    private const string Prefix = "costs ";

    /// <summary>Reads <c>costs yyyy-MM-dd requests operations</c>; null for anything else.</summary>
    public static DataverseDayCosts? Parse(string? text)
    {
        var parts = text is not null && text.StartsWith(Prefix, StringComparison.Ordinal)
            ? text[Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [];
        return parts.Length == 3
            && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var requests)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var operations)
            ? new DataverseDayCosts(day, requests, operations)
            : null;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Day:yyyy-MM-dd} {Requests} {Operations}");
}
