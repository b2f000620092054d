using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The calls counted against the daily quota, per Chicago day and API user, as the usage endpoints report them:
/// <c>{date:"2015-10-17", total, users:[{userId, count}]}</c> (DEV usage.md; marketo.md §3.9). A call taken back
/// from the quota (a code marked * in §5.2) is taken back here too.
/// </summary>
internal sealed class DailyUsage
{
    /// <summary>How many days the history keeps: the last-7-days endpoint's span.</summary>
    public const int Days = 7;

    private readonly object _gate = new();
    private readonly SortedDictionary<DateOnly, Dictionary<string, int>> _byDay = new();

    public void Add(DateTimeOffset now, string user) => Change(DailyQuota.DayOf(now), user, +1);

    public void Remove(DateTimeOffset now, string user) => Change(DailyQuota.DayOf(now), user, -1);

    /// <summary>One day's entry of the usage answer.</summary>
    public JsonObject Day(DateOnly day)
    {
        lock (_gate)
        {
            var users = _byDay.GetValueOrDefault(day) ?? [];
            return new JsonObject
            {
                ["date"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["total"] = users.Values.Sum(),
                ["users"] = new JsonArray([.. users.OrderBy(u => u.Key, StringComparer.Ordinal)
                    .Select(u => (JsonNode)new JsonObject { ["userId"] = u.Key, ["count"] = u.Value })]),
            };
        }
    }

    private void Change(DateOnly day, string user, int delta)
    {
        lock (_gate)
        {
            if (!_byDay.TryGetValue(day, out var users))
            {
                users = _byDay[day] = [];
                while (_byDay.Count > Days)
                {
                    _byDay.Remove(_byDay.Keys.First());
                }
            }

            users[user] = users.GetValueOrDefault(user) + delta;
        }
    }
}
