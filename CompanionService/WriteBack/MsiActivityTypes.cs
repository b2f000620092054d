using MsiDynamics.CompanionService.Marketo.Activities;
using MsiDynamics.CompanionService.Marketo.Leads;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// The instance's activity types that move MSI fields, found by name in <c>GET /rest/v1/activities/types.json</c> (ids
/// vary by subscription, marketo.md §3.8): "Interesting Moment" (every one moves the last-interesting-moment fields), and
/// "Change Score" and "Change Data Value", which move an MSI field only when their primary attribute names one (priority,
/// relative urgency, relative score; Adobe I/O Events' event list names the types and their attributes, docs/writeback.md).
/// A type the instance lacks is null.
/// </summary>
/// <param name="InterestingMoment">The id of "Interesting Moment", or null.</param>
/// <param name="ChangeScore">The id of "Change Score", or null.</param>
/// <param name="ChangeDataValue">The id of "Change Data Value", or null.</param>
public sealed record MsiActivityTypes(int? InterestingMoment, int? ChangeScore, int? ChangeDataValue)
{
    public const string InterestingMomentName = "Interesting Moment";
    public const string ChangeScoreName = "Change Score";
    public const string ChangeDataValueName = "Change Data Value";

    /// <summary>MSI field names as an activity may name them, letters only and lower case: REST names and display names.</summary>
    private static readonly HashSet<string> MsiFieldNames = [.. MarketoLeadFields.Msi.Select(Letters).Concat(new[]
    {
        "Priority", "Engagement", "Relative Urgency", "Relative Score", "Relative Scoring", "Relative Scoring Value", "Relative Urgency Value",
        "Last Interesting Moment Type", "Last Interesting Moment Date", "Last Interesting Moment Description", "Last Interesting Moment Source",
    }.Select(Letters))];

    /// <summary>The types found among <paramref name="types"/> by name (case-insensitive).</summary>
    public static MsiActivityTypes From(IEnumerable<MarketoActivityType> types)
    {
        var byName = types.Where(t => t.Name is not null).GroupBy(t => t.Name!.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        return new MsiActivityTypes(Find(byName, InterestingMomentName), Find(byName, ChangeScoreName), Find(byName, ChangeDataValueName));
    }

    /// <summary>The ids to ask Get Lead Activities for (at most three, within its ten).</summary>
    public IReadOnlyList<int> Ids => [.. new[] { InterestingMoment, ChangeScore, ChangeDataValue }.OfType<int>()];

    /// <summary>Whether <paramref name="activity"/> moved an MSI field of its lead.</summary>
    public bool MovesMsi(MarketoActivity activity) =>
        activity.ActivityTypeId == InterestingMoment
        || ((activity.ActivityTypeId == ChangeScore || activity.ActivityTypeId == ChangeDataValue)
            && MsiFieldNames.Contains(Letters(activity.PrimaryAttributeValue ?? string.Empty)));

    public override string ToString() =>
        $"{InterestingMomentName} {InterestingMoment?.ToString() ?? "absent"}, {ChangeScoreName} {ChangeScore?.ToString() ?? "absent"}, "
        + $"{ChangeDataValueName} {ChangeDataValue?.ToString() ?? "absent"}";

    private static int? Find(Dictionary<string, int> byName, string name) => byName.TryGetValue(name, out var id) ? id : null;

    private static string Letters(string name) => new([.. name.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
}
