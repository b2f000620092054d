namespace MsiDynamics.CompanionService.Marketo.Describe;

/// <summary>
/// What Describe says about one Marketo object: its id field, dedupe fields, searchable field sets
/// and fields. Used to check, before a run, that the fields the mapping writes and the MSI fields the
/// write-back reads exist on this instance. Describe results can be cached for a day (marketo.md §5.1).
/// </summary>
/// <param name="Object">Which object this describes.</param>
/// <param name="IdField">E.g. <c>id</c> or <c>marketoGUID</c>; null for leads (whose describe has none).</param>
/// <param name="DedupeFields">E.g. <c>["externalOpportunityId","leadId","role"]</c> for roles.</param>
/// <param name="SearchableFields">Field sets usable as <c>filterType</c>.</param>
/// <param name="Fields">Every field, by REST name.</param>
public sealed record MarketoObjectDescription(
    MarketoObjectType Object,
    string? IdField,
    IReadOnlyList<string> DedupeFields,
    IReadOnlyList<IReadOnlyList<string>> SearchableFields,
    IReadOnlyList<MarketoFieldDescription> Fields)
{
    /// <summary>The field named <paramref name="name"/> (case-insensitive), or null when the instance lacks it.</summary>
    public MarketoFieldDescription? Field(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Those of <paramref name="names"/> the instance does not have, e.g. MSI fields when MSI Non-Native is off.</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> names) => [.. names.Where(n => Field(n) is null)];

    /// <summary>Those of <paramref name="names"/> that exist but the API cannot write.</summary>
    public IReadOnlyList<string> ReadOnly(IEnumerable<string> names) =>
        [.. names.Where(n => Field(n) is { Updateable: false })];

    /// <summary>Whether <paramref name="name"/> alone can be used as a <c>filterType</c>.</summary>
    public bool IsSearchable(string name) => SearchableFields.Any(set =>
        set.Count == 1 && string.Equals(set[0], name, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => $"{Object}: {Fields.Count} fields, dedupe by [{string.Join(", ", DedupeFields)}]";
}
