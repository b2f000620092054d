using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// A field as Describe reports it: name, display name, data type, length, updateable
/// (marketo.md §3.2–§3.6, §4.3; DEV companies.md describe example).
/// </summary>
internal sealed record FieldDefinition(string Name, string DisplayName, string DataType, int? Length = null, bool Updateable = true)
{
    public static FieldDefinition Text(string name, string displayName, int length = 255, bool updateable = true) =>
        new(name, displayName, "string", length, updateable);

    public static FieldDefinition Of(string name, string displayName, string dataType, bool updateable = true) =>
        new(name, displayName, dataType, null, updateable);

    /// <summary>The fields every object has: its id and the two system timestamps.</summary>
    public static IEnumerable<FieldDefinition> System(string idField) =>
    [
        idField == "id" ? Of("id", "Id", "integer", false) : Text("marketoGUID", "Marketo GUID", 36, false),
        Of("createdAt", "Created At", "datetime", false),
        Of("updatedAt", "Updated At", "datetime", false),
    ];

    /// <summary>The Describe entry: <c>{name, displayName, dataType, length?, updateable}</c>.</summary>
    public JsonObject ToDescribe()
    {
        var entry = new JsonObject
        {
            ["name"] = Name,
            ["displayName"] = DisplayName,
            ["dataType"] = DataType,
        };
        if (Length is { } length)
        {
            entry["length"] = length;
        }

        entry["updateable"] = Updateable;
        return entry;
    }
}
