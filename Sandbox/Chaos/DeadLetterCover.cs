using System.Text.Json;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Sandbox.Chaos;

/// <summary>
/// The Marketo objects whose difference from the CRM state an admin can read on a queue row: those of records whose newest
/// queue row ended dead-lettered for a reason in the data (an owner without an address, a reference to a deleted record,
/// a value Marketo refuses), or superseded because sync of the table was switched off (changes made while it is off are
/// not sent, and a backfill sends what exists, not what was deleted) or because a contact stood for a lead's address; of
/// records whose delete was not sent while sync was off; the roles of their opportunities, persons and connections, and
/// roles under a name a rename not sent while sync was off left; and the references Marketo holds from such objects. Marketo may
/// lack such an object, hold it as it was, or hold it still; the row says why. A row that gave up after its attempts covers
/// nothing: a fault the worker should have outlasted is a loss, not an explanation.
/// </summary>
internal sealed class DeadLetterCover
{
    private const string GaveUpAfter = "Gave up after";

    private static readonly string[] ExplainingSupersedes =
    [
        "is switched off in the sync settings",
        "a contact has the same e-mail address",
    ];

    private readonly HashSet<(MarketoObjectKind Kind, string Key)> _covered = [];
    private readonly HashSet<string> _pairs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deletesQueued = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _pairsNow = new(StringComparer.Ordinal);
    private readonly InMemoryOrganization _org;
    private HashSet<string>? _currentRoleNames;

    private DeadLetterCover(InMemoryOrganization org) => _org = org;

    /// <summary>Dead letters whose reason is a fault outlasted too long rather than the data: none may be left.</summary>
    public IReadOnlyList<string> GaveUp { get; private init; } = [];

    /// <summary>How many records' latest changes ended so.</summary>
    public int Records => _covered.Count + _pairs.Count;

    public static DeadLetterCover Of(InMemoryOrganization org)
    {
        var newest = org.Rows(Q.EntityName)
            .GroupBy(r => (Entity: r.GetAttributeValue<string>(Q.Entity), Record: r.GetAttributeValue<string>(Q.RecordId)))
            .Select(g => g.Last()) // the organisation lists rows oldest first
            .ToList();
        var gaveUp = newest.Where(r => Status(r) == QueueStatus.DeadLettered && Error(r).Contains(GaveUpAfter, StringComparison.Ordinal))
            .Select(Error).ToList();
        var cover = new DeadLetterCover(org) { GaveUp = gaveUp };

        // A delete made while sync of its table was off queues nothing: the plug-in writes a row for every delete of a
        // synced table it sees switched on, in the delete's own transaction, so a record gone from Dynamics with no
        // Delete row was deleted while off, and Marketo keeps what it had (nor does a backfill send deletes).
        foreach (var delete in org.Rows(Q.EntityName).Where(r => r.GetAttributeValue<OptionSetValue>(Q.Operation)?.Value == (int)QueueOperation.Delete))
        {
            if (delete.GetAttributeValue<string>(Q.RecordId) is { } record)
            {
                cover._deletesQueued.Add(record);
            }

            if (Pair(org, Guid.Empty, delete) is { } pair)
            {
                cover._deletesQueued.Add(pair);
            }
        }

        foreach (var connection in org.Rows(DataverseSchema.Connection.EntityName))
        {
            var (opportunity, contact, _) = RoleProjection.Ends(connection);
            cover._pairsNow.Add($"{opportunity}/{contact}/");
        }

        // A delete not sent while sync was off leaves the record in Marketo, whatever its later rows say ("gone").
        var unsentDeletes = org.Rows(Q.EntityName)
            .Where(r => r.GetAttributeValue<OptionSetValue>(Q.Operation)?.Value == (int)QueueOperation.Delete && Status(r) == QueueStatus.Superseded
                && Error(r).Contains(ExplainingSupersedes[0], StringComparison.Ordinal));

        // A role renamed while sync was off leaves Marketo's roles under the old name.
        if (newest.Any(r => r.GetAttributeValue<string>(Q.Entity) == DataverseSchema.ConnectionRole.EntityName && Explains(r)))
        {
            cover._currentRoleNames = [.. org.Rows(DataverseSchema.ConnectionRole.EntityName)
                .Select(r => r.GetAttributeValue<string>(DataverseSchema.ConnectionRole.Name)).OfType<string>()];
        }

        foreach (var row in newest.Where(Explains).Concat(unsentDeletes))
        {
            if (!Guid.TryParse(row.GetAttributeValue<string>(Q.RecordId), out var id))
            {
                continue;
            }

            var key = CrmValues.Key(id);
            switch (row.GetAttributeValue<string>(Q.Entity))
            {
                case DataverseSchema.SystemUser.EntityName: cover._covered.Add((MarketoObjectKind.SalesPerson, key)); break;
                case DataverseSchema.Account.EntityName: cover._covered.Add((MarketoObjectKind.Company, key)); break;
                case DataverseSchema.Lead.EntityName or DataverseSchema.Contact.EntityName: cover._covered.Add((MarketoObjectKind.Person, key)); break;
                case DataverseSchema.Opportunity.EntityName: cover._covered.Add((MarketoObjectKind.Opportunity, key)); break;
                case DataverseSchema.Connection.EntityName when Pair(org, id, row) is { } pair: cover._pairs.Add(pair); break;
            }
        }

        return cover;
    }

    /// <summary>Whether a queue row answers for <paramref name="o"/>: its own record's, or for a role, its opportunity's, its person's or its connection's.</summary>
    public bool Covers(MarketoObject o)
    {
        if (o.Kind != MarketoObjectKind.OpportunityRole)
        {
            return _covered.Contains((o.Kind, o.Key)) || DeletedWhileOff(o.Kind, o.Key);
        }

        var parts = o.Key.Split('/');
        var pair = $"{parts[0]}/{parts[1]}/";
        return _covered.Contains((MarketoObjectKind.Opportunity, parts[0]))
            || _covered.Contains((MarketoObjectKind.Person, parts[1]))
            || _pairs.Contains(pair)
            || DeletedWhileOff(MarketoObjectKind.Opportunity, parts[0])
            || (!_pairsNow.Contains(pair) && !_deletesQueued.Contains(pair))
            || (_currentRoleNames is { } names && !names.Contains(parts[2]));
    }

    /// <summary>Whether the Dynamics row behind a company or an opportunity is gone with no Delete row queued: deleted while off.</summary>
    private bool DeletedWhileOff(MarketoObjectKind kind, string key)
    {
        var table = kind switch
        {
            MarketoObjectKind.Company => DataverseSchema.Account.EntityName,
            MarketoObjectKind.Opportunity => DataverseSchema.Opportunity.EntityName,
            _ => null,
        };
        return table is not null && Guid.TryParse(key, out var id) && _org.Find(table, id) is null && !_deletesQueued.Contains(key);
    }

    /// <summary>Whether a queue row answers for the <paramref name="kind"/> of Dynamics row <paramref name="id"/>.</summary>
    public bool Covers(MarketoObjectKind kind, Guid id) => _covered.Contains((kind, CrmValues.Key(id)));

    /// <summary>Whether a queue row answers for a reference Marketo holds to nothing: the referring object's row, or the role's opportunity's.</summary>
    public bool Covers(DanglingReference reference) => reference.ObjectType switch
    {
        "lead" => _covered.Contains((MarketoObjectKind.Person, reference.RecordKey)),
        "company" => _covered.Contains((MarketoObjectKind.Company, reference.RecordKey)),
        "opportunity" => _covered.Contains((MarketoObjectKind.Opportunity, reference.RecordKey)),
        "opportunityRole" => _covered.Contains((MarketoObjectKind.Opportunity, reference.Value))
            || _pairs.Any(p => p.StartsWith(reference.Value + "/", StringComparison.Ordinal)),
        _ => false,
    };

    /// <summary><paramref name="state"/> without the objects a queue row answers for.</summary>
    public MarketoState Without(MarketoState state) =>
        new([.. state.Objects.Where(o => !Covers(o))], state.MayExist, state.Dangling);

    private static bool Explains(Entity row) => Status(row) switch
    {
        QueueStatus.DeadLettered => !Error(row).Contains(GaveUpAfter, StringComparison.Ordinal),
        QueueStatus.Superseded => ExplainingSupersedes.Any(e => Error(row).Contains(e, StringComparison.Ordinal)),
        _ => false,
    };

    private static QueueStatus Status(Entity row) => (QueueStatus)(row.GetAttributeValue<OptionSetValue>(Q.Status)?.Value ?? 0);

    private static string Error(Entity row) => row.GetAttributeValue<string>(Q.LastError) ?? string.Empty;

    /// <summary>"opportunity/contact/" of a connection: from the row when it still exists, else from its queue row's payload.</summary>
    private static string? Pair(InMemoryOrganization org, Guid id, Entity queueRow)
    {
        if (org.Find(DataverseSchema.Connection.EntityName, id) is { } connection)
        {
            var (opportunity, contact, _) = RoleProjection.Ends(connection);
            return $"{opportunity}/{contact}/";
        }

        try
        {
            using var payload = JsonDocument.Parse(queueRow.GetAttributeValue<string>(Q.Payload) ?? "{}");
            return payload.RootElement.TryGetProperty("opportunityId", out var opportunity) && payload.RootElement.TryGetProperty("contactId", out var contact)
                ? $"{opportunity.GetString()}/{contact.GetString()}/"
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
