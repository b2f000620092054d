using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.Schema;
using C = MsiDynamics.Schema.DataverseSchema.Connection;

namespace MsiDynamics.CompanionService.Operations.Backfill;

/// <summary>
/// The tables <c>backfill</c> knows, in the dependency order Marketo needs them (architecture.md §1): users, accounts,
/// leads, contacts, opportunities, connections. A record's row is an Upsert linked to the record, as the plug-in writes
/// it. Of users, only people: application users are no sales persons. For <c>connection</c> only what the plug-in queues: the master half (<c>ismaster</c> true, one row per pair)
/// of a pair whose ends are an opportunity and a contact, either way round, with the contact side's role
/// (dataverse.md §0.4); the drain filters roles by category, as it does for the plug-in's rows.
/// </summary>
internal static class BackfillTables
{
    public static readonly IReadOnlyList<BackfillTable> InOrder =
    [
        Record(DataverseSchema.SystemUser.EntityName, DataverseSchema.SystemUser.EntitySetName, DataverseSchema.SystemUser.Id,
            ODataFilter.Eq(ApplicationId, null)),
        Record(DataverseSchema.Account.EntityName, DataverseSchema.Account.EntitySetName, DataverseSchema.Account.Id),
        Record(DataverseSchema.Lead.EntityName, DataverseSchema.Lead.EntitySetName, DataverseSchema.Lead.Id),
        Record(DataverseSchema.Contact.EntityName, DataverseSchema.Contact.EntitySetName, DataverseSchema.Contact.Id),
        Record(DataverseSchema.Opportunity.EntityName, DataverseSchema.Opportunity.EntitySetName, DataverseSchema.Opportunity.Id),
        new(C.EntityName, C.EntitySetName, C.Id,
            [C.Id, ODataAnnotations.LookupValue(C.Record1Id), ODataAnnotations.LookupValue(C.Record2Id),
             ODataAnnotations.LookupValue(C.Record1RoleId), ODataAnnotations.LookupValue(C.Record2RoleId)],
            ODataFilter.Eq(C.IsMaster, true),
            Role),
    ];

    /// <summary>The names the command accepts, in order, and <c>all</c>.</summary>
    public static IReadOnlyList<string> Names => [.. InOrder.Select(t => t.LogicalName), "all"];

    /// <summary>The tables <paramref name="name"/> stands for: one, or all in order; empty for an unknown name.</summary>
    public static IReadOnlyList<BackfillTable> For(string name) =>
        string.Equals(name, "all", StringComparison.OrdinalIgnoreCase)
            ? InOrder
            : [.. InOrder.Where(t => string.Equals(t.LogicalName, name, StringComparison.OrdinalIgnoreCase))];

    /// <summary>An application user (the worker's own, for one) is no sales person: verify leaves them out too.</summary>
    private const string ApplicationId = "applicationid";

    private static BackfillTable Record(string name, string set, string key, ODataFilter? filter = null) =>
        new(name, set, key, [key], filter, (row, _) => row.GetGuid(key) is { } id ? new BackfillItem(id, BackfillPayload.Record, name, id) : null);

    private static BackfillItem? Role(DataverseRow row, BackfillContext context)
    {
        var (one, two) = (row.GetLookupTarget(C.Record1Id), row.GetLookupTarget(C.Record2Id));
        if (row.GetGuid(C.Id) is not { } id || one is null || two is null)
        {
            return null;
        }

        (Guid Opportunity, Guid Contact, Guid? Role)? pair =
            one.IsOf(DataverseSchema.Opportunity.EntityName) && two.IsOf(DataverseSchema.Contact.EntityName) ? (one.Id, two.Id, row.GetLookup(C.Record2RoleId))
            : one.IsOf(DataverseSchema.Contact.EntityName) && two.IsOf(DataverseSchema.Opportunity.EntityName) ? (two.Id, one.Id, row.GetLookup(C.Record1RoleId))
            : null;
        if (pair is not { } p)
        {
            return null;
        }

        var roleName = p.Role is { } roleId && context.RoleNames.TryGetValue(roleId, out var name) ? name : null;
        return new BackfillItem(id, BackfillPayload.Role(p.Opportunity, p.Contact, p.Role, roleName), DataverseSchema.Opportunity.EntityName, p.Opportunity);
    }
}
