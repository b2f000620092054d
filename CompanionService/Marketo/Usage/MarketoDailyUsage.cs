namespace MsiDynamics.CompanionService.Marketo.Usage;

/// <summary>
/// One day of the subscription's REST calls as Marketo counts them against the daily quota (marketo.md §3.9):
/// <c>{"date":"2015-10-17","total":1120,"users":[{"userId":"some.body@marketo.com","count":200}]}</c>. The
/// quota is the subscription's, shared by every API user, so <see cref="Total"/> is what a forecast compares
/// with it; <see cref="Users"/> says who spent it.
/// </summary>
public sealed class MarketoDailyUsage
{
    /// <summary>The day, <c>yyyy-MM-dd</c>, as Marketo writes it (the quota's day, America/Chicago).</summary>
    public DateOnly Date { get; init; }

    /// <summary>Calls of every API user that day.</summary>
    public long Total { get; init; }

    /// <summary>Calls per API user (the custom service's owner, the identity answer's <c>scope</c>).</summary>
    public List<MarketoUserUsage>? Users { get; init; }

    /// <summary>The calls of one API user that day; 0 when it made none.</summary>
    public long CallsOf(string userId) =>
        Users?.Where(u => string.Equals(u.UserId, userId, StringComparison.OrdinalIgnoreCase)).Sum(u => u.Count) ?? 0;

    public override string ToString() => $"{Date:yyyy-MM-dd}: {Total} calls by {Users?.Count ?? 0} API users";
}
