namespace MsiDynamics.CompanionService.Marketo.Activities;

/// <summary>
/// An activity type of the instance, from <c>GET /rest/v1/activities/types.json</c>: its id (used as
/// <c>activityTypeIds</c>), name (e.g. "Interesting Moment"), primary attribute and attributes. Types vary
/// by subscription, so look ids up by name rather than hard-coding them.
/// </summary>
public sealed class MarketoActivityType
{
    /// <summary>The type id.</summary>
    public int Id { get; init; }

    /// <summary>The display name, e.g. "Fill Out Form".</summary>
    public string? Name { get; init; }

    /// <summary>What it records.</summary>
    public string? Description { get; init; }

    /// <summary>The primary attribute's name and data type.</summary>
    public MarketoActivityAttribute? PrimaryAttribute { get; init; }

    /// <summary>The other attributes' names and data types.</summary>
    public List<MarketoActivityAttribute>? Attributes { get; init; }

    public override string ToString() => $"activity type {Id} '{Name}'";
}
