using System.Globalization;
using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// An entry of a lead's activity log, as Get Lead Activities returns it: id, marketoGUID, leadId,
/// activityDate, activityTypeId, campaignId, primaryAttributeValueId, primaryAttributeValue, attributes
/// [{name, value}] (DEV activities.md; marketo.md §3.8). Every key is written on every activity, null when
/// the activity has no such value.
/// </summary>
public sealed class MarketoActivity
{
    internal MarketoActivity(
        int id, int leadId, DateTimeOffset activityDate, int activityTypeId, ActivityPrimary primary,
        IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        Id = id;
        LeadId = leadId;
        ActivityDate = activityDate;
        ActivityTypeId = activityTypeId;
        PrimaryAttributeValue = primary.Value;
        PrimaryAttributeValueId = primary.ValueId;
        CampaignId = primary.CampaignId;
        Attributes = attributes;
    }

    public int Id { get; }

    /// <summary>"the id integer attribute is being replaced by the marketoGUID string attribute" (DEV).</summary>
    public string MarketoGuid => Id.ToString(CultureInfo.InvariantCulture);

    public int LeadId { get; }

    public DateTimeOffset ActivityDate { get; }

    /// <summary>12 New Lead, 46 Interesting Moment (see <c>GET /rest/v1/activities/types.json</c>).</summary>
    public int ActivityTypeId { get; }

    public string? PrimaryAttributeValue { get; }

    /// <summary>The id of what the primary attribute names (a lead, a web page), or null.</summary>
    public int? PrimaryAttributeValueId { get; }

    /// <summary>The smart campaign whose flow step logged the activity, or null (an API call logs none).</summary>
    public int? CampaignId { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; }

    /// <summary>The value of a named attribute, or null.</summary>
    public string? Attribute(string name) => Attributes.FirstOrDefault(a => a.Key == name).Value;

    internal JsonObject ToJson(MarketoDateTimeForm form) => new()
    {
        ["id"] = Id,
        ["marketoGUID"] = MarketoGuid,
        ["leadId"] = LeadId,
        ["activityDate"] = FieldValues.Timestamp(ActivityDate, form),
        ["activityTypeId"] = ActivityTypeId,
        ["campaignId"] = CampaignId,
        ["primaryAttributeValueId"] = PrimaryAttributeValueId,
        ["primaryAttributeValue"] = PrimaryAttributeValue,
        ["attributes"] = new JsonArray([.. Attributes.Select(a => (JsonNode)new JsonObject { ["name"] = a.Key, ["value"] = a.Value })]),
    };
}
