using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Capture;

/// <summary>
/// Which tables sync, from the <c>msi_syncsetting</c> rows (architecture.md §4): a table is enabled unless its row says
/// <c>msi_enabled</c> = false; no row means enabled. <c>connectionrole</c> follows the <c>connection</c>
/// setting, because a role only matters through the connections that use it.
/// </summary>
internal sealed class SyncSettings
{
    private readonly HashSet<string> _disabled;

    public SyncSettings(IEnumerable<KeyValuePair<string, bool>> enabledByEntity)
    {
        _disabled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in enabledByEntity)
        {
            if (!row.Value && !string.IsNullOrWhiteSpace(row.Key))
            {
                _disabled.Add(row.Key.Trim());
            }
        }
    }

    /// <summary>Every table enabled: the state of an organisation without setting rows.</summary>
    public static SyncSettings AllEnabled { get; } = new(new KeyValuePair<string, bool>[0]);

    /// <summary>The logical names of the disabled tables, for traces.</summary>
    public IEnumerable<string> Disabled => _disabled;

    public bool IsEnabled(string entityName) => !_disabled.Contains(SettingEntityOf(entityName));

    /// <summary>The table whose setting governs <paramref name="entityName"/>.</summary>
    public static string SettingEntityOf(string entityName) =>
        string.Equals(entityName, DataverseSchema.ConnectionRole.EntityName, StringComparison.Ordinal)
            ? DataverseSchema.Connection.EntityName
            : entityName;
}
