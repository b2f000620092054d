using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Adapter;

/// <summary>
/// Reads every <c>msi_syncsetting</c> row with one RetrieveMultiple (one row per synced table, a handful in
/// all) through the SYSTEM service, so a CRM user needs no privilege on the table.
/// </summary>
internal static class SettingsQuery
{
    public static SyncSettings Read(IOrganizationService systemService)
    {
        var query = new QueryExpression(DataverseSchema.SyncSetting.EntityName)
        {
            ColumnSet = new ColumnSet(DataverseSchema.SyncSetting.Entity, DataverseSchema.SyncSetting.Enabled),
        };

        var rows = systemService.RetrieveMultiple(query);
        var settings = new List<KeyValuePair<string, bool>>();
        foreach (var row in rows.Entities)
        {
            var entity = row.GetAttributeValue<string>(DataverseSchema.SyncSetting.Entity);
            if (string.IsNullOrWhiteSpace(entity))
            {
                continue;
            }

            // The column defaults to yes: a row whose msi_enabled is empty is enabled.
            var enabled = row.Contains(DataverseSchema.SyncSetting.Enabled)
                && row[DataverseSchema.SyncSetting.Enabled] is bool flag
                ? flag
                : true;
            settings.Add(new KeyValuePair<string, bool>(entity!, enabled));
        }

        return new SyncSettings(settings);
    }
}
