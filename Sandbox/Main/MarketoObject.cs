namespace MsiDynamics.Sandbox.Main;

/// <summary>
/// One Marketo object as the sandbox compares it: its key (the Dynamics id it carries as external id, architecture.md §1;
/// for a role, opportunity/person/role), a label a person recognises, the fields compared, and its links to other objects
/// by their keys (null: no link).
/// </summary>
/// <param name="Kind">Which Marketo object.</param>
/// <param name="Key">The external id, or for a role "opportunity id/person id/role name".</param>
/// <param name="Label">What the object is called: a name, a topic, an address.</param>
/// <param name="Fields">Field name → value as text (null: empty); only these fields are compared.</param>
/// <param name="Links">Link name (<see cref="MarketoLinks"/>) → the key of the object linked to, or null.</param>
internal sealed record MarketoObject(
    MarketoObjectKind Kind,
    string Key,
    string Label,
    IReadOnlyDictionary<string, string?> Fields,
    IReadOnlyDictionary<string, string?> Links)
{
    /// <summary>"company 'Fabrikam Ltd' (1b2c…)": the object as a difference names it.</summary>
    public override string ToString() => $"{MarketoLinks.Noun(Kind)} '{Label}' ({Key})";
}
