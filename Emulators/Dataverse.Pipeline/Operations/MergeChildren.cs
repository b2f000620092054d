using Microsoft.Xrm.Sdk;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>
/// The rows a Merge re-parents from the subordinate to the master (dataverse.md §0.11, §2.3): contacts by
/// parentcustomerid, opportunities by customerid, parentaccountid and parentcontactid. Each row whose lookups name
/// the subordinate gets one child Update that points all of them at the master, so its steps run as for any
/// save. Other children (activities, notes, cases) are not emulated.
/// </summary>
internal static class MergeChildren
{
    private static readonly (string Table, string Column)[] Lookups =
    [
        (Tables.Contact, Columns.ParentCustomerId),
        (Tables.Opportunity, Columns.CustomerId),
        (Tables.Opportunity, Columns.ParentAccountId),
        (Tables.Opportunity, Columns.ParentContactId),
    ];

    public static void Reparent(OperationScope scope, EntityReference master, Guid subordinateId)
    {
        foreach (var table in Lookups.Select(l => l.Table).Distinct())
        {
            var columns = Lookups.Where(l => l.Table == table).Select(l => l.Column).ToArray();
            foreach (var row in scope.Org.Store.All(table).ToList())
            {
                var update = new Entity(table, row.Id);
                foreach (var column in columns.Where(c => Names(row, c, master.LogicalName, subordinateId)))
                {
                    update.Attributes[column] = new EntityReference(master.LogicalName, master.Id);
                }

                if (update.Attributes.Count > 0)
                {
                    scope.Child(Messages.Update, (Parameters.Target, update));
                }
            }
        }
    }

    private static bool Names(Entity row, string column, string entityName, Guid id) =>
        row.GetAttributeValue<EntityReference>(column) is { } reference
        && reference.LogicalName == entityName && reference.Id == id;
}
