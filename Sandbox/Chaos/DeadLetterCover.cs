using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Sandbox.Chaos;

/// <summary>
/// The Marketo objects a dead letter answers for: those of records whose newest queue row is dead-lettered for a reason
/// in the data (an owner without an address, a reference to a deleted record, a value Marketo refuses), and the roles
/// of their opportunities and persons. Marketo may lack such an object, or hold it as it was before the change that was
/// refused; either way the admin has the reason on the row. A row that gave up after its attempts covers nothing: a
/// fault the worker should have outlasted is a loss, not an explanation.
/// </summary>
internal sealed class DeadLetterCover
{
    private readonly HashSet<(MarketoObjectKind Kind, string Key)> _covered = [];
    private readonly HashSet<string> _connections = new(StringComparer.Ordinal);

    private DeadLetterCover()
    {
    }

    /// <summary>Dead letters whose reason is a fault outlasted too long rather than the data: none may be left.</summary>
    public IReadOnlyList<string> GaveUp { get; private init; } = [];

    /// <summary>How many records' latest changes are dead-lettered for their data.</summary>
    public int Records => _covered.Count + _connections.Count;

    public static DeadLetterCover Of(InMemoryOrganization org)
    {
        var newest = org.Rows(Q.EntityName)
            .GroupBy(r => (Entity: r.GetAttributeValue<string>(Q.Entity), Record: r.GetAttributeValue<string>(Q.RecordId)))
            .Select(g => g.Last()) // the organisation lists rows oldest first
            .Where(r => (QueueStatus)(r.GetAttributeValue<OptionSetValue>(Q.Status)?.Value ?? 0) == QueueStatus.DeadLettered)
            .ToList();
        var gaveUp = newest.Select(r => r.GetAttributeValue<string>(Q.LastError) ?? string.Empty)
            .Where(e => e.Contains("Gave up after", StringComparison.Ordinal)).ToList();
        var cover = new DeadLetterCover { GaveUp = gaveUp };
        foreach (var row in newest.Where(r => !(r.GetAttributeValue<string>(Q.LastError) ?? string.Empty).Contains("Gave up after", StringComparison.Ordinal)))
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
                case DataverseSchema.Connection.EntityName when org.Find(DataverseSchema.Connection.EntityName, id) is { } connection:
                    var (opportunity, contact, _) = RoleProjection.Ends(connection);
                    cover._connections.Add($"{opportunity}/{contact}/");
                    break;
            }
        }

        return cover;
    }

    /// <summary>Whether a dead letter answers for <paramref name="o"/>: its own record's, or for a role, its opportunity's, its person's or its connection's.</summary>
    public bool Covers(MarketoObject o)
    {
        if (o.Kind != MarketoObjectKind.OpportunityRole)
        {
            return _covered.Contains((o.Kind, o.Key));
        }

        var parts = o.Key.Split('/');
        return _covered.Contains((MarketoObjectKind.Opportunity, parts[0]))
            || _covered.Contains((MarketoObjectKind.Person, parts[1]))
            || _connections.Contains($"{parts[0]}/{parts[1]}/");
    }

    /// <summary><paramref name="state"/> without the objects a dead letter answers for.</summary>
    public MarketoState Without(MarketoState state) =>
        new([.. state.Objects.Where(o => !Covers(o))], state.MayExist, state.Dangling);
}
