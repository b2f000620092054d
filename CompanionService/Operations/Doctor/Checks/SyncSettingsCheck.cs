using MsiDynamics.Schema;
using S = MsiDynamics.Schema.DataverseSchema.SyncSetting;

namespace MsiDynamics.CompanionService.Operations.Doctor.Checks;

/// <summary>
/// One <c>msi_syncsetting</c> row per synced table (architecture.md §4; connectionrole follows connection): a missing row
/// means "on" but leaves the admin nothing to switch off; a row with msi_enabled = No stops that table's sync. Both are
/// warnings. <c>GET msi_syncsettings?$select=msi_entity,msi_enabled</c>, one request.
/// </summary>
internal sealed class SyncSettingsCheck(DoctorDataverse dataverse) : IDoctorCheck
{
    public const string Name = "Sync settings";

    /// <summary>The tables whose changes the plug-ins queue, each with its own setting row.</summary>
    public static readonly string[] SyncedTables =
    [
        DataverseSchema.SystemUser.EntityName, DataverseSchema.Account.EntityName, DataverseSchema.Lead.EntityName,
        DataverseSchema.Contact.EntityName, DataverseSchema.Opportunity.EntityName, DataverseSchema.Connection.EntityName,
    ];

    public async Task<DoctorFinding> RunAsync(DoctorState state, CancellationToken cancellationToken)
    {
        if (!state.DataverseReachable)
        {
            return DoctorFinding.Skipped(Name, DoctorState.NeedsDataverse);
        }

        var (rows, outcome) = await dataverse.ListAsync($"{S.EntitySetName}?$select={S.Entity},{S.Enabled}", "settings", cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess)
        {
            return DoctorFinding.Failed(Name, "the sync settings (msi_syncsetting) could not be read.", DoctorDataverse.Advice(outcome, "msi_syncsetting"));
        }

        var settings = rows
            .Select(r => (Entity: r.GetString(S.Entity)?.Trim() ?? string.Empty, Enabled: r.GetBool(S.Enabled)))
            .Where(r => r.Entity.Length > 0)
            .GroupBy(r => r.Entity, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.All(r => r.Enabled != false), StringComparer.OrdinalIgnoreCase);
        var missing = SyncedTables.Where(t => !settings.ContainsKey(t)).ToList();
        var off = SyncedTables.Where(t => settings.TryGetValue(t, out var on) && !on).ToList();
        if (missing.Count == 0 && off.Count == 0)
        {
            return DoctorFinding.Ok(Name, $"one setting row for each of {string.Join(", ", SyncedTables)}; all enabled.");
        }

        var finding = string.Join("; ", new[]
        {
            off.Count > 0 ? $"sync is OFF for {string.Join(", ", off)}" : null,
            missing.Count > 0 ? $"no setting row for {string.Join(", ", missing)} (they sync: no row means on)" : null,
        }.OfType<string>());
        var fix = string.Join(" ", new[]
        {
            off.Count > 0 ? $"If that is not intended, set Enabled = Yes on the Sync settings rows of {string.Join(", ", off)} (MSI Sync app); changes made while off were not queued." : null,
            missing.Count > 0 ? $"Add a Sync settings row (Entity = the table's logical name, Enabled = Yes) for {string.Join(", ", missing)}, so it can be switched off there." : null,
        }.OfType<string>());
        return DoctorFinding.Warning(Name, finding + ".", fix);
    }
}
