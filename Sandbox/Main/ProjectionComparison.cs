using System.Globalization;

namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// Compares the Marketo state the CRM state projects to (<see cref="MarketoProjection"/>) with what Marketo holds
/// (<see cref="MarketoStoreState"/>), object by object and link by link, and lists every difference in words: an object
/// missing, an object Marketo should not hold (an allowed one aside: a person Marketo keeps), one Dynamics row held
/// twice, a field with another value, a link to another object or to none, and any reference Marketo holds to nothing.
/// A role's opportunity and person are its key (marketo.md §3.6), so a role linked wrongly is one missing and one extra.
/// </summary>
internal static class ProjectionComparison
{
    public static IReadOnlyList<string> Compare(MarketoState expected, MarketoState actual)
    {
        var differences = new List<string>();
        var known = expected.Objects.GroupBy(o => (o.Kind, o.Key)).ToDictionary(g => g.Key, g => g.First());
        var allowed = expected.MayExist.ToHashSet();
        foreach (var kind in Enum.GetValues<MarketoObjectKind>())
        {
            var want = expected.Of(kind).GroupBy(o => o.Key, StringComparer.Ordinal).Select(g => g.First()).ToList();
            var held = actual.Of(kind).GroupBy(o => o.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var (_, copies) in held.Where(h => h.Value.Count > 1).OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                differences.Add($"Marketo holds {copies.Count.ToString(CultureInfo.InvariantCulture)} copies of {copies[0]}; one Dynamics row must be one Marketo object.");
            }

            foreach (var expectedObject in want)
            {
                if (!held.TryGetValue(expectedObject.Key, out var copies))
                {
                    differences.Add($"Missing in Marketo: {expectedObject}.");
                    continue;
                }

                Fields(expectedObject, copies[0], differences);
                Links(expectedObject, copies[0], known, differences);
            }

            var wanted = want.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var (_, copies) in held.Where(h => !wanted.Contains(h.Key) && !allowed.Contains((kind, h.Key))).OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                differences.Add($"Extra in Marketo: {copies[0]}, which the CRM state does not give (deleted in Dynamics, or never to be pushed).");
            }
        }

        differences.AddRange(actual.Dangling.Select(d => $"Marketo refers to an object it lacks: {d}."));
        return differences;
    }

    private static void Fields(MarketoObject want, MarketoObject held, List<string> differences)
    {
        foreach (var (field, value) in want.Fields)
        {
            var heldValue = held.Fields.GetValueOrDefault(field);
            if (!Same(value, heldValue))
            {
                differences.Add($"{want}: {field} is {Quoted(heldValue)} in Marketo, expected {Quoted(value)}.");
            }
        }
    }

    private static void Links(MarketoObject want, MarketoObject held, Dictionary<(MarketoObjectKind, string), MarketoObject> known, List<string> differences)
    {
        foreach (var (link, target) in want.Links)
        {
            var heldTarget = held.Links.GetValueOrDefault(link);
            if (!string.Equals(target, heldTarget, StringComparison.Ordinal))
            {
                differences.Add($"{want}: its {link} is {Named(link, heldTarget, known)} in Marketo, expected {Named(link, target, known)}.");
            }
        }
    }

    /// <summary>Equal as text, both empty, or equal as numbers (Marketo writes 120000 where Dynamics holds 120000.00).</summary>
    private static bool Same(string? expected, string? held) =>
        string.IsNullOrEmpty(expected) ? string.IsNullOrEmpty(held)
        : string.Equals(expected, held, StringComparison.Ordinal)
            || (decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                && decimal.TryParse(held, NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && a == b);

    private static string Quoted(string? value) =>
        string.IsNullOrEmpty(value) ? "empty" : value.Length <= 80 ? $"'{value}'" : $"'{value[..80]}…' ({value.Length.ToString(CultureInfo.InvariantCulture)} characters)";

    private static string Named(string link, string? key, Dictionary<(MarketoObjectKind, string), MarketoObject> known) =>
        key is null ? "none"
        : known.TryGetValue((MarketoLinks.Target(link), key), out var target) ? target.ToString()
        : key;
}
