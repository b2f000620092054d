using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// A record the emulator holds, as the bag of Marketo fields it was written with. Records are immutable:
/// a write replaces the record, so a snapshot from <see cref="MarketoStore"/> never changes under a test.
/// </summary>
public abstract class MarketoRecord
{
    private protected MarketoRecord(int ordinal, JsonObject fields)
    {
        Ordinal = ordinal;
        Fields = fields;
    }

    /// <summary>When Marketo created the record.</summary>
    public DateTimeOffset CreatedAt => Timestamp("createdAt");

    /// <summary>When Marketo last updated the record.</summary>
    public DateTimeOffset UpdatedAt => Timestamp("updatedAt");

    /// <summary>The names of the fields the record holds.</summary>
    public IReadOnlyCollection<string> FieldNames => Fields.Select(f => f.Key).ToList();

    /// <summary>A field's value as text (numbers and booleans as JSON writes them); null when absent.</summary>
    public string? this[string field] => FieldValues.Text(Fields[field]);

    /// <summary>Creation order; also the id of objects with an integer id.</summary>
    internal int Ordinal { get; }

    /// <summary>The fields; never changed after construction.</summary>
    internal JsonObject Fields { get; }

    /// <summary>A copy of a field's JSON value, keeping its JSON type; null when absent.</summary>
    public JsonNode? GetField(string field) => Fields[field]?.DeepClone();

    private protected int? Integer(string field) => FieldValues.Integer(Fields[field]);

    private DateTimeOffset Timestamp(string field) =>
        FieldValues.TryParseTimestamp(this[field], out var time) ? time : DateTimeOffset.MinValue;
}
