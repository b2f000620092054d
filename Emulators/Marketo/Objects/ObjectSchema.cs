using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// What the emulator knows of one non-lead object (sales person, company, opportunity, opportunity role):
/// its Describe (idField, dedupeFields, searchableFields, fields; marketo.md §3.1–§3.6) and the
/// object-specific rules the shared sync, query and delete apply.
/// </summary>
internal sealed class ObjectSchema<T>
    where T : MarketoRecord
{
    // Built once on first use; a race builds the same dictionary twice, harmlessly.
    private Dictionary<string, FieldDefinition>? _byName;

    /// <summary>Describe's <c>name</c>, e.g. "Company"; also used in messages.</summary>
    public required string Name { get; init; }

    public required string IdField { get; init; }

    public required IReadOnlyList<string> DedupeFields { get; init; }

    public required IReadOnlyList<IReadOnlyList<string>> SearchableFields { get; init; }

    /// <summary>The object's own fields; the id and timestamps are added by <see cref="AllFields"/>.</summary>
    public required IReadOnlyList<FieldDefinition> Fields { get; init; }

    public required Func<MarketoStore, RecordTable<T>> Table { get; init; }

    public required Func<int, JsonObject, T> Create { get; init; }

    /// <summary>Fields a new record must carry (e.g. an opportunity's <c>name</c>, §3.5).</summary>
    public IReadOnlyList<string> RequiredOnCreate { get; init; } = [];

    /// <summary>Opportunities: "dedupeBy … is valid only when action is updateOnly" (§3.5).</summary>
    public bool DedupeByOnlyForUpdateOnly { get; init; }

    /// <summary>A check of the whole sync request before any record is written (718, §3.5).</summary>
    public Func<MarketoCall, JsonArray, MarketoResponse?>? CheckRequest { get; init; }

    /// <summary>A check of one record to be written: a reason to skip it, or null (§3.6).</summary>
    public Func<MarketoStore, JsonObject, (string Code, string Message)?>? CheckRecord { get; init; }

    /// <summary>A check of one record to be deleted: a reason to skip it, or null (§3.2 "in use").</summary>
    public Func<MarketoStore, T, (string Code, string Message)?>? CheckDelete { get; init; }

    public IReadOnlyList<FieldDefinition> AllFields => [.. FieldDefinition.System(IdField), .. Fields];

    public bool IdIsGuid => IdField == "marketoGUID";

    /// <summary>The field of this name, or null; looked up for every value of every record a sync writes (D10).</summary>
    public FieldDefinition? Field(string name) =>
        (_byName ??= AllFields.ToDictionary(f => f.Name, StringComparer.Ordinal)).GetValueOrDefault(name);

    /// <summary>Fields a query returns when <c>fields</c> is omitted: id, dedupe fields, updatedAt, createdAt (§3.3).</summary>
    public IReadOnlyList<string> DefaultQueryFields => [.. new[] { IdField }.Concat(DedupeFields).Append("updatedAt").Append("createdAt").Distinct()];

    /// <summary>The id of a record as Marketo writes it: an integer <c>id</c> or a <c>marketoGUID</c> string.</summary>
    public JsonNode? IdOf(T record) => record.Fields[IdField]?.DeepClone();
}
