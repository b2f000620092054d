using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Dataverse.Settings;

/// <summary>
/// Which tables sync, as the <c>msi_syncsetting</c> rows say (architecture.md §4), read the way the plug-in reads
/// them: a table is enabled unless its row has <c>msi_enabled</c> = false; no row, or an empty value, means
/// enabled; <c>connectionrole</c> follows <c>connection</c>. When the read failed, <see cref="Outcome"/> says
/// so and the caller should not act on the defaults.
/// </summary>
internal sealed class SyncSettings
{
    private readonly HashSet<string> _disabled;

    public SyncSettings(IEnumerable<KeyValuePair<string, bool?>> rows, DataverseOutcome outcome)
    {
        _disabled = new HashSet<string>(
            rows.Where(r => r.Value == false && !string.IsNullOrWhiteSpace(r.Key)).Select(r => r.Key.Trim()),
            StringComparer.OrdinalIgnoreCase);
        Outcome = outcome;
    }

    /// <summary>Succeeded, or why the settings could not be read.</summary>
    public DataverseOutcome Outcome { get; }

    /// <summary>The disabled tables' logical names.</summary>
    public IReadOnlyCollection<string> Disabled => _disabled;

    /// <summary>Whether changes of <paramref name="entityName"/> sync; true unless its setting row says no.</summary>
    public bool IsEnabled(string entityName) => !_disabled.Contains(
        string.Equals(entityName, DataverseSchema.ConnectionRole.EntityName, StringComparison.OrdinalIgnoreCase)
            ? DataverseSchema.Connection.EntityName
            : entityName);

    public override string ToString() =>
        $"Sync settings: {(_disabled.Count == 0 ? "all enabled" : "disabled " + string.Join(", ", _disabled.Order(StringComparer.Ordinal)))}; {Outcome}";
}
