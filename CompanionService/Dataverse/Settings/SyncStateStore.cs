using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Transport;
using MsiDynamics.Schema;
using St = MsiDynamics.Schema.DataverseSchema.SyncState;

namespace MsiDynamics.CompanionService.Dataverse.Settings;

/// <summary>
/// Key/value rows of <c>msi_syncstate</c> by <c>msi_name</c> (architecture.md §4). Get reads the row (the oldest,
/// should two workers ever have created one each); Set updates it — with its ETag when given, so a
/// concurrent change is a LostRace — or creates it when there is none.
/// </summary>
internal sealed class SyncStateStore(DataverseQueries queries, DataverseRecords records)
{
    /// <summary><c>GET msi_syncstates?$filter=msi_name eq '…'</c>, the oldest row.</summary>
    public async Task<SyncStateEntry> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var query = new DataverseQuery(St.EntitySetName)
            .Select(St.Id, St.Name, St.Value)
            .Where(ODataFilter.Eq(St.Name, name))
            .OrderBy(DataverseSchema.Common.CreatedOn)
            .Take(1);
        var page = await queries.PageAsync(query.ToPath(), query.Preferences(1), "state.get", cancellationToken).ConfigureAwait(false);
        var row = page.Rows.FirstOrDefault();
        return new SyncStateEntry(name, row?.GetString(St.Value), row?.GetGuid(St.Id), row?.ETag, page.Outcome);
    }

    /// <summary>
    /// Stores <paramref name="value"/> under <paramref name="name"/>: PATCH the row of <paramref name="current"/>
    /// (<c>If-Match</c> its ETag, or <c>*</c> when it has none), or POST a new row when it does not exist.
    /// </summary>
    public async Task<DataverseOutcome> SetAsync(string name, string? value, SyncStateEntry? current = null, CancellationToken cancellationToken = default)
    {
        current ??= await GetAsync(name, cancellationToken).ConfigureAwait(false);
        if (!current.Outcome.IsSuccess)
        {
            return current.Outcome;
        }

        if (current.Id is { } id)
        {
            return await records.UpdateAsync(St.EntitySetName, id, DataverseJson.Row([new(St.Value, value)]),
                current.ETag ?? DataverseRecords.AnyVersion, cancellationToken).ConfigureAwait(false);
        }

        return await records.CreateAsync(St.EntitySetName, DataverseJson.Row([new(St.Name, name), new(St.Value, value)]), cancellationToken)
            .ConfigureAwait(false);
    }
}
