using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Writes one lead of a Sync Leads call under its action and lookup field and says what happened
/// (marketo.md §3.4, §5.3): 1003 for <c>id</c> outside updateOnly, 1004 not found on updateOnly,
/// 1005 exists on createOnly, 1006 unknown field, 1003 a value that does not fit its field (D10), 1007 several
/// leads match, 1036 the same key twice in the call. A skipped lead carries no id (§2); values are stored typed
/// by their field (D11). Runs under <see cref="MarketoStore.Gate"/>.
/// </summary>
internal sealed class LeadUpsert
{
    private readonly MarketoCall _call;
    private readonly string _action;
    private readonly string _lookupField;
    private readonly Dictionary<string, FieldDefinition> _byName;
    private readonly HashSet<string> _keysInBatch = [];

    public LeadUpsert(MarketoCall call, string action, string lookupField)
    {
        _call = call;
        _action = action;
        _lookupField = lookupField;
        _byName = LeadFields.For(call.Context.Options).ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    private RecordTable<Lead> Table => _call.Store.LeadTable;

    public JsonObject Apply(JsonObject? record)
    {
        if (record is null)
        {
            return RecordReasons.Skipped(null, RecordReasons.InvalidData, "Invalid data");
        }

        if (record.Select(f => f.Key).FirstOrDefault(name => !_byName.ContainsKey(name)) is { } unknown)
        {
            return RecordReasons.Skipped(null, RecordReasons.FieldNotFound, $"Field '{unknown}' not found");
        }

        // D10: a value that does not fit its field's describe refuses this lead only, and nothing of it is stored.
        if (FieldTypes.TypeRecord(record, _byName.GetValueOrDefault, out var refused) is not { } typed)
        {
            return RecordReasons.Skipped(null, RecordReasons.InvalidData, FieldTypes.InvalidValue(refused!));
        }

        record = typed;

        if (record.ContainsKey(LeadFields.Id) && _action != ObjectSync.UpdateOnly)
        {
            return RecordReasons.Skipped(null, RecordReasons.InvalidData, "Invalid data");
        }

        var lookup = FieldValues.Text(record[_lookupField]);
        if (string.IsNullOrEmpty(lookup))
        {
            if (_action != LeadSync.CreateDuplicate)
            {
                return RecordReasons.Skipped(null, RecordReasons.MissingValue, $"Missing value for required parameter '{_lookupField}'");
            }
        }
        else if (!_keysInBatch.Add(_call.Context.KeyOf(_lookupField, lookup)!))
        {
            return RecordReasons.Skipped(null, RecordReasons.DuplicateInInput, "Duplicate object found in input");
        }

        IReadOnlyList<Lead> matches = _lookupField != LeadFields.Id
            ? Table.Find(_lookupField, lookup)
            : FieldValues.Integer(record[LeadFields.Id]) is { } id && Table.Get(id) is { } byId ? [byId] : [];
        return Decide(record, matches);
    }

    private JsonObject Decide(JsonObject record, IReadOnlyList<Lead> matches) => _action switch
    {
        ObjectSync.CreateOnly when matches.Count > 0 => RecordReasons.Skipped(null, RecordReasons.LeadExists, "Lead already exists"),
        ObjectSync.UpdateOnly when matches.Count == 0 => RecordReasons.Skipped(null, RecordReasons.LeadNotFound, "Lead not found"),
        LeadSync.CreateDuplicate or ObjectSync.CreateOnly => Create(record),
        _ when matches.Count > 1 => RecordReasons.Skipped(null, RecordReasons.MultipleMatches, "Multiple leads match the lookup criteria"),
        _ when matches.Count == 1 => Update(matches[0], record),
        _ => Create(record),
    };

    private JsonObject Create(JsonObject record)
    {
        var id = Table.NextOrdinal();
        var now = FieldValues.Timestamp(_call.Now);
        var fields = new JsonObject { [LeadFields.Id] = id };
        Merge(fields, record);
        fields[LeadFields.CreatedAt] = now;
        fields[LeadFields.UpdatedAt] = now;
        Table.Put(new Lead(id, fields));
        // New Lead's primary attribute is the lead itself ("Lead ID"); an API call runs in no campaign.
        _call.Store.AppendActivity(id, ActivityTypes.NewLead, new ActivityPrimary("Web service API", id, null), [("Source Type", "Web service API")], _call.Now);
        return RecordReasons.Done(null, LeadFields.Id, id, "created");
    }

    private JsonObject Update(Lead existing, JsonObject record)
    {
        var fields = FieldValues.Copy(existing.Fields);
        Merge(fields, record);
        fields[LeadFields.UpdatedAt] = FieldValues.Timestamp(_call.Now);
        Table.Put(new Lead(existing.Id, fields));
        return RecordReasons.Done(null, LeadFields.Id, existing.Id, "updated");
    }

    /// <summary>
    /// Copies the writable fields. Read-only fields (id, timestamps, the MSI fields, §4.1) are not written;
    /// what Marketo answers to a write of them is not documented, so the emulator ignores the values.
    /// </summary>
    private void Merge(JsonObject fields, JsonObject record)
    {
        foreach (var (name, value) in record)
        {
            if (_byName[name].Updateable)
            {
                fields[name] = value?.DeepClone();
            }
        }
    }
}
