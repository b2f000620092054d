using System.Text.Json;

namespace MsiDynamics.CompanionService.Marketo.Activities;

/// <summary>
/// One activity of a lead, as Get Lead Activities returns it (DEV <c>activities.md</c>):
/// <c>{"id":102988,"marketoGUID":"102988","leadId":1,"activityDate":"2023-01-16T23:32:19Z",
/// "activityTypeId":1,"campaignId":5,"primaryAttributeValueId":71,"primaryAttributeValue":"…","attributes":[{"name":…,"value":…}]}</c>
/// (marketo.md §3.8).
/// The integer <c>id</c> is being replaced by <c>marketoGUID</c> as the unique identifier.
/// </summary>
public sealed class MarketoActivity
{
    /// <summary>The activity's unique id (string; prefer it to <see cref="Id"/>).</summary>
    public string? MarketoGuid { get; init; }

    /// <summary>The legacy integer id.</summary>
    public long? Id { get; init; }

    /// <summary>The Marketo lead the activity belongs to.</summary>
    public long LeadId { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset ActivityDate { get; init; }

    /// <summary>Its type (see <see cref="ActivitiesClient.GetTypesAsync"/>).</summary>
    public int ActivityTypeId { get; init; }

    /// <summary>The smart campaign whose flow step logged the activity, when one did.</summary>
    public long? CampaignId { get; init; }

    /// <summary>The id behind the primary attribute (e.g. the form's id), when it has one.</summary>
    public long? PrimaryAttributeValueId { get; init; }

    /// <summary>The primary attribute's value (e.g. the interesting moment's type or the page URL).</summary>
    public string? PrimaryAttributeValue { get; init; }

    /// <summary>The other attributes by name; an empty attribute is left out by Marketo.</summary>
    public List<MarketoActivityAttribute>? Attributes { get; init; }

    /// <summary>An attribute's value as text, or null.</summary>
    public string? Attribute(string name)
    {
        var value = Attributes?.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
        return value?.ValueKind switch
        {
            JsonValueKind.String => value.Value.GetString(),
            null or JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.Value.GetRawText(),
        };
    }

    public override string ToString() => $"activity {MarketoGuid ?? Id?.ToString()} type {ActivityTypeId} of lead {LeadId} at {ActivityDate:O}";
}
