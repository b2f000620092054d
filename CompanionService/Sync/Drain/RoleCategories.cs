using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.Schema;
using C = MsiDynamics.Schema.DataverseSchema.Connection;
using R = MsiDynamics.Schema.DataverseSchema.ConnectionRole;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// Which connections are opportunity roles at all (dataverse.md §0.4, §3.3): those whose contact's role is in the
/// Stakeholder category (1000). The plug-in does not read the category (no service call on the save's path); the drain
/// reads the categories of the cycle's roles in one query.
/// </summary>
internal sealed class RoleCategories(DataverseQueries queries)
{
    /// <summary>The contact-side role of each of <paramref name="connections"/> that is not a Stakeholder role, by record.</summary>
    public async Task<IReadOnlySet<CycleRecord>> NotStakeholdersAsync(IReadOnlyList<CycleRecord> connections, CancellationToken ct)
    {
        var roles = connections.Select(c => (Record: c, Role: ContactRole(c.Row!))).Where(c => c.Role is not null).ToList();
        var ids = roles.Select(r => r.Role!.Value.ToString("D")).Distinct().ToList();
        var stakeholders = new HashSet<Guid>();
        foreach (var chunk in ids.Chunk(100))
        {
            var query = new DataverseQuery(R.EntitySetName).Select([R.Id, R.Category]).Where(ODataFilter.In(R.Id, chunk));
            var (rows, outcome) = await queries.ListAsync(query, "connectionrole.category", ct).ConfigureAwait(false);
            if (!outcome.IsSuccess)
            {
                throw new DrainDataverseException($"Reading the categories of the cycle's connection roles failed: {outcome}");
            }

            stakeholders.UnionWith(rows.Where(r => r.GetChoice(R.Category) == R.StakeholderCategory).Select(r => r.GetGuid(R.Id)).OfType<Guid>());
        }

        return roles.Where(r => !stakeholders.Contains(r.Role!.Value)).Select(r => r.Record).ToHashSet();
    }

    /// <summary>The role on the contact's side of a connection between an opportunity and a contact.</summary>
    private static Guid? ContactRole(DataverseRow row)
    {
        var first = row.GetLookupTarget(C.Record1Id);
        return first?.IsOf(DataverseSchema.Contact.EntityName) == true ? row.GetLookup(C.Record1RoleId) : row.GetLookup(C.Record2RoleId);
    }
}
