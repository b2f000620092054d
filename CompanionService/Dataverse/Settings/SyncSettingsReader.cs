using MsiDynamics.CompanionService.Dataverse.OData;
using S = MsiDynamics.Schema.DataverseSchema.SyncSetting;

namespace MsiDynamics.CompanionService.Dataverse.Settings;

/// <summary>
/// Reads every <c>msi_syncsetting</c> row (a handful: one per synced table) in one request:
/// <c>GET msi_syncsettings?$select=msi_entity,msi_enabled</c>.
/// </summary>
internal sealed class SyncSettingsReader(DataverseQueries queries)
{
    /// <summary>The settings; on failure every table reads as enabled and <see cref="SyncSettings.Outcome"/> says why.</summary>
    public async Task<SyncSettings> ReadAsync(CancellationToken cancellationToken = default)
    {
        var query = new DataverseQuery(S.EntitySetName).Select(S.Entity, S.Enabled);
        var (rows, outcome) = await queries.ListAsync(query, "settings.read", cancellationToken).ConfigureAwait(false);
        return new SyncSettings(
            rows.Select(r => new KeyValuePair<string, bool?>(r.GetString(S.Entity) ?? string.Empty, r.GetBool(S.Enabled))),
            outcome);
    }
}
