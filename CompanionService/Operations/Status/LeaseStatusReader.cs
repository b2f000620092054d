using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Dataverse.OData;
using St = MsiDynamics.Schema.DataverseSchema.SyncState;

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// Reads the lease row and the standbys' presence rows in one request:
/// <c>GET msi_syncstates?$select=msi_name,msi_value&amp;$filter=startswith(msi_name,'drain-')</c>.
/// </summary>
internal sealed class LeaseStatusReader(DataverseQueries queries)
{
    private const string Prefix = "drain-";

    public async Task<(LeaseStatus Lease, string? Problem)> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var query = new DataverseQuery(St.EntitySetName).Select(St.Name, St.Value).Where(ODataFilter.StartsWith(St.Name, Prefix));
        var (rows, outcome) = await queries.ListAsync(query, "status.lease", cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess)
        {
            return (LeaseStatus.Unknown, $"The drain lease could not be read: {outcome}");
        }

        WorkerPresence? last = null;
        var standbys = new List<WorkerPresence>();
        foreach (var row in rows)
        {
            var name = row.GetString(St.Name) ?? string.Empty;
            var value = DrainLeaseValue.Parse(row.GetString(St.Value));
            if (value.Holder is not { } holder)
            {
                continue;
            }

            var presence = new WorkerPresence(holder, value.ExpiresOn, value.Costs);
            if (name == DrainLeaseStore.RowName)
            {
                last = presence;
            }
            else if (name.StartsWith(DrainLeasePresence.RowPrefix, StringComparison.Ordinal) && value.ExpiresOn > now)
            {
                standbys.Add(presence);
            }
        }

        var holding = last is { } l && l.Until > now ? l : null;
        return (new LeaseStatus(holding, last, [.. standbys.Where(s => s.Name != holding?.Name).OrderBy(s => s.Name, StringComparer.Ordinal)]), null);
    }
}
