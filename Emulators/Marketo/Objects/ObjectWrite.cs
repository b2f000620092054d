using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Writes one input record of a non-lead sync and says what happened to it: created, updated, or skipped
/// with a reason (marketo.md §2, §5.3, D10). Values are stored typed by their field (D11). Runs under <see cref="MarketoStore.Gate"/>.
/// </summary>
internal sealed class ObjectWrite<T>
    where T : MarketoRecord
{
    private static readonly HashSet<string> SystemFields = ["id", "marketoGUID", "createdAt", "updatedAt"];

    private readonly MarketoCall _call;
    private readonly ObjectSchema<T> _schema;
    private readonly string _action;
    private readonly string _dedupeBy;
    private readonly HashSet<string> _keysInBatch = [];

    public ObjectWrite(MarketoCall call, ObjectSchema<T> schema, string action, string dedupeBy)
    {
        _call = call;
        _schema = schema;
        _action = action;
        _dedupeBy = dedupeBy;
    }

    private RecordTable<T> Table => _schema.Table(_call.Store);

    public JsonObject Apply(int seq, JsonObject? record)
    {
        if (record is null)
        {
            return RecordReasons.Skipped(seq, RecordReasons.InvalidData, "Invalid data");
        }

        if (record.Select(f => f.Key).FirstOrDefault(name => _schema.Field(name) is null) is { } unknown)
        {
            return RecordReasons.Skipped(seq, RecordReasons.FieldNotFound, $"Field '{unknown}' not found");
        }

        // D10: a value that does not fit its field's describe refuses this record only, and nothing of it is stored.
        if (FieldTypes.TypeRecord(record, _schema.Field, out var refused) is not { } typed)
        {
            return RecordReasons.Skipped(seq, RecordReasons.InvalidData, FieldTypes.InvalidValue(refused!));
        }

        record = typed;

        var key = ObjectSync.KeyOf(_schema, _dedupeBy, record);
        if (key.FirstOrDefault(k => string.IsNullOrEmpty(k.Value)).Key is { } missing)
        {
            return RecordReasons.Skipped(seq, RecordReasons.MissingValue, $"Missing value for required parameter '{missing}'");
        }

        // 1036: the same key twice in one request (§3.3, §5.3); the first occurrence is written.
        if (!_keysInBatch.Add(string.Join('\u001f', key.Select(k => _call.Context.KeyOf(k.Key, k.Value)))))
        {
            return RecordReasons.Skipped(seq, RecordReasons.DuplicateInInput, "Duplicate object found in input");
        }

        var match = Table.Find(key).FirstOrDefault();
        if (match is not null)
        {
            return _action == ObjectSync.CreateOnly
                ? RecordReasons.Skipped(seq, RecordReasons.ObjectExists, "Object already exists")
                : Update(seq, match, record);
        }

        return _action == ObjectSync.UpdateOnly || _dedupeBy == ObjectSync.IdField
            ? RecordReasons.Skipped(seq, RecordReasons.RecordNotFound, "Record not found")
            : Create(seq, record);
    }

    private JsonObject Update(int seq, T existing, JsonObject record)
    {
        foreach (var (name, value) in record)
        {
            var changes = _call.Context.KeyOf(name, FieldValues.Text(value)) != _call.Context.KeyOf(name, existing[name]);
            if (changes && !SystemFields.Contains(name) && _schema.Field(name) is { Updateable: false })
            {
                return RecordReasons.Skipped(seq, RecordReasons.InvalidData, $"Field '{name}' is not updateable");
            }

            if (_schema.RequiredOnCreate.Contains(name) && FieldValues.IsBlank(value))
            {
                return RecordReasons.Skipped(seq, RecordReasons.MissingValue, $"Missing value for required parameter '{name}'");
            }
        }

        var fields = FieldValues.Copy(existing.Fields);
        Merge(fields, record);
        if (_schema.CheckRecord?.Invoke(_call.Store, fields) is { } reason)
        {
            return RecordReasons.Skipped(seq, reason.Code, reason.Message);
        }

        fields["updatedAt"] = FieldValues.Timestamp(_call.Now);
        Table.Put(_schema.Create(existing.Ordinal, fields));
        return RecordReasons.Done(seq, _schema.IdField, fields[_schema.IdField], "updated");
    }

    private JsonObject Create(int seq, JsonObject record)
    {
        if (record.ContainsKey(_schema.IdField))
        {
            // Ids are Marketo's to assign (§3.4: id only with updateOnly).
            return RecordReasons.Skipped(seq, RecordReasons.InvalidData, "Invalid data");
        }

        if (_schema.RequiredOnCreate.FirstOrDefault(f => FieldValues.IsBlank(record[f])) is { } missing)
        {
            return RecordReasons.Skipped(seq, RecordReasons.MissingValue, $"Missing value for required parameter '{missing}'");
        }

        if (_schema.CheckRecord?.Invoke(_call.Store, record) is { } reason)
        {
            return RecordReasons.Skipped(seq, reason.Code, reason.Message);
        }

        var ordinal = Table.NextOrdinal();
        var now = FieldValues.Timestamp(_call.Now);
        var fields = new JsonObject
        {
            [_schema.IdField] = _schema.IdIsGuid ? JsonValue.Create(_call.Context.NewGuid()) : JsonValue.Create(ordinal),
        };
        Merge(fields, record);
        fields["createdAt"] = now;
        fields["updatedAt"] = now;
        Table.Put(_schema.Create(ordinal, fields));
        return RecordReasons.Done(seq, _schema.IdField, fields[_schema.IdField], "created");
    }

    private static void Merge(JsonObject fields, JsonObject record)
    {
        foreach (var (name, value) in record)
        {
            if (!SystemFields.Contains(name))
            {
                fields[name] = value?.DeepClone();
            }
        }
    }
}
