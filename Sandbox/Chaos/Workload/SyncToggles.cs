using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// The <c>msi_syncsetting</c> rows (one per synced table; no row or <c>msi_enabled</c> empty means enabled,
/// architecture.md §4) and the admin's toggles of them: a toggle turns a disabled table back on, else turns one table
/// off, so at most one table is off at a time and each is off for a short while. The plug-ins read the settings
/// through a cache that lives 60 s (dataverse.md §0.8), so a short toggle may not reach them at all.
/// </summary>
internal sealed class SyncToggles
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Guid> _rows = new(StringComparer.Ordinal);
    private readonly HashSet<string> _disabled = new(StringComparer.Ordinal);
    private readonly HashSet<string> _toggled = new(StringComparer.Ordinal);

    /// <summary>The tables whose setting was turned off (and is on again once the run ends).</summary>
    public IReadOnlySet<string> Toggled
    {
        get
        {
            lock (_gate)
            {
                return new HashSet<string>(_toggled, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Creates the enabled setting row of every synced table.</summary>
    public void Seed(IOrganizationService admin, WorkloadIds ids, Random random)
    {
        lock (_gate)
        {
            foreach (var table in Tables.Synced)
            {
                var id = ids.Next(random);
                admin.Create(new Entity(DataverseSchema.SyncSetting.EntityName, id)
                {
                    ["msi_name"] = table,
                    [DataverseSchema.SyncSetting.Entity] = table,
                    [DataverseSchema.SyncSetting.Enabled] = true,
                });
                _rows[table] = id;
            }
        }
    }

    /// <summary>Turns the disabled table back on, or one random table off. Returns the table toggled.</summary>
    public string Toggle(IOrganizationService admin, Random random)
    {
        lock (_gate)
        {
            if (_disabled.FirstOrDefault() is { } off)
            {
                Set(admin, off, enabled: true);
                return off;
            }

            var table = WorkloadValues.Pick(random, Tables.Synced);
            Set(admin, table, enabled: false);
            return table;
        }
    }

    /// <summary>
    /// Turns every disabled table back on, so a run leaves all tables syncing. Returns the tables it could not turn
    /// on (the organisation refused), with the reason; they stay off.
    /// </summary>
    public IReadOnlyList<string> EnableAll(IOrganizationService admin)
    {
        var failures = new List<string>();
        lock (_gate)
        {
            foreach (var table in _disabled.Order(StringComparer.Ordinal).ToList())
            {
                try
                {
                    Set(admin, table, enabled: true);
                }
                catch (Exception refusal)
                {
                    failures.Add($"{table}: {refusal.GetType().Name}: {refusal.Message}");
                }
            }
        }

        return failures;
    }

    private void Set(IOrganizationService admin, string table, bool enabled)
    {
        admin.Update(new Entity(DataverseSchema.SyncSetting.EntityName, _rows[table]) { [DataverseSchema.SyncSetting.Enabled] = enabled });
        if (enabled)
        {
            _disabled.Remove(table);
        }
        else
        {
            _disabled.Add(table);
            _toggled.Add(table);
        }
    }
}
