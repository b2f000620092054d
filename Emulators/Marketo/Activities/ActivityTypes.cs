using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// The activity types the emulator produces, as <c>GET /rest/v1/activities/types.json</c> describes them:
/// <c>{id, name, description, primaryAttribute:{name, dataType}, attributes:[{name, dataType}]}</c>
/// (DEV activities.md; NM fixture <c>activity-types</c>). Type ids are instance-specific in principle and the
/// client should look them up by name; 12 and 46 are the ids in common Marketo instances, as are 13 "Change Data Value" and
/// 22 "Change Score" (Adobe I/O Events, "Marketo Lead Activity Data Stream", event list: Change Data Value 13 with Reason,
/// Attribute Name, New Value, Old Value, Source; Change Score 22 with Reason, Change Value, New Value, Old Value, Score Name;
/// Interesting Moment 46 with Source, Date, Type). That their primary attribute names the changed field (its display
/// name as <c>primaryAttributeValue</c>) is an assumption (docs/writeback.md).
/// </summary>
internal static class ActivityTypes
{
    public const int VisitWebpage = 1;
    public const int NewLead = 12;
    public const int ChangeDataValue = 13;
    public const int ChangeScore = 22;
    public const int InterestingMoment = 46;

    public static JsonArray Describe() =>
    [
        Type(VisitWebpage, "Visit Webpage", "User visits a web page", ("Webpage ID", "integer"), ("Webpage URL", "string"), ("Client IP Address", "string")),
        Type(NewLead, "New Lead", "New person", ("Lead ID", "integer"), ("Source Type", "string")),
        Type(ChangeDataValue, "Change Data Value", "Changed attribute value for a person", ("Attribute Name", "integer"),
            ("New Value", "string"), ("Old Value", "string"), ("Reason", "string"), ("Source", "string")),
        Type(ChangeScore, "Change Score", "Changed score value for a person", ("Score Name", "integer"),
            ("Change Value", "string"), ("New Value", "integer"), ("Old Value", "integer"), ("Reason", "string")),
        Type(InterestingMoment, "Interesting Moment", "Interesting moment for Sales Insight", ("Description", "string"), ("Type", "string"), ("Source", "string")),
    ];

    private static JsonObject Type(int id, string name, string description, (string Name, string DataType) primary, params (string Name, string DataType)[] attributes) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["description"] = description,
        ["primaryAttribute"] = new JsonObject { ["name"] = primary.Name, ["dataType"] = primary.DataType },
        ["attributes"] = new JsonArray([.. attributes.Select(a => (JsonNode)new JsonObject { ["name"] = a.Name, ["dataType"] = a.DataType })]),
    };
}
