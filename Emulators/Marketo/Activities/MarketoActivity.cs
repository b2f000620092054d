using System.Globalization;
using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// An entry of a lead's activity log, as Get Lead Activities returns it: id, marketoGUID, leadId,
/// activityDate, activityTypeId, primaryAttributeValue, attributes [{name, value}] (DEV activities.md,
/// confirmed for this emulator; marketo.md does not yet cover activities).
/// </summary>
public sealed class MarketoActivity
{
    internal MarketoActivity(int id, int leadId, DateTimeOffset activityDate, int activityTypeId, string? primaryAttributeValue, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        Id = id;
        LeadId = leadId;
        ActivityDate = activityDate;
        ActivityTypeId = activityTypeId;
        PrimaryAttributeValue = primaryAttributeValue;
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

    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; }

    /// <summary>The value of a named attribute, or null.</summary>
    public string? Attribute(string name) => Attributes.FirstOrDefault(a => a.Key == name).Value;

    internal JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["id"] = Id,
            ["marketoGUID"] = MarketoGuid,
            ["leadId"] = LeadId,
            ["activityDate"] = FieldValues.Timestamp(ActivityDate),
            ["activityTypeId"] = ActivityTypeId,
        };
        if (PrimaryAttributeValue is not null)
        {
            json["primaryAttributeValue"] = PrimaryAttributeValue;
        }

        json["attributes"] = new JsonArray([.. Attributes.Select(a => (JsonNode)new JsonObject { ["name"] = a.Key, ["value"] = a.Value })]);
        return json;
    }
}
