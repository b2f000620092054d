using MsiDynamics.Schema;

namespace MsiDynamics.Solution.Packer.Packing;

/// <summary>
/// The msi_syncsetting rows an organisation starts with (Solution/data/msi_syncsetting.csv): one per synced table,
/// enabled. A solution carries no rows, so the pack puts the file beside the zips for the app's "Import from CSV"
/// (README "Installing the solution"). connectionrole has no row: it follows connection's (architecture.md §5).
/// </summary>
internal static class SettingsSeed
{
    /// <summary>The tables that need a row: every table with synced columns but connectionrole.</summary>
    public static IReadOnlyList<string> SyncedTables { get; } =
    [
        DataverseSchema.SystemUser.EntityName, DataverseSchema.Account.EntityName, DataverseSchema.Lead.EntityName,
        DataverseSchema.Contact.EntityName, DataverseSchema.Opportunity.EntityName, DataverseSchema.Connection.EntityName,
    ];

    /// <summary>The tables the file has rows for, after checking its header and values.</summary>
    public static IReadOnlyList<string> Read(string file)
    {
        var lines = File.ReadAllLines(file).Where(l => l.Trim().Length > 0).ToArray();
        var header = $"msi_name,{DataverseSchema.SyncSetting.Entity},{DataverseSchema.SyncSetting.Enabled}";
        if (lines.Length == 0 || lines[0] != header)
        {
            throw new PackException($"Solution/data/msi_syncsetting.csv must start with '{header}'.");
        }

        var tables = new List<string>();
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split(',');
            if (parts.Length != 3 || parts[2] is not ("Yes" or "No"))
            {
                throw new PackException($"Solution/data/msi_syncsetting.csv: '{line}' is not 'name,table,Yes|No'.");
            }

            tables.Add(parts[1]);
        }

        var missing = SyncedTables.Except(tables).ToArray();
        var unknown = tables.Except(SyncedTables).ToArray();
        if (missing.Length > 0 || unknown.Length > 0 || tables.Count != tables.Distinct().Count())
        {
            throw new PackException("Solution/data/msi_syncsetting.csv must hold one row per synced table ("
                + string.Join(", ", SyncedTables) + $"); missing: {string.Join(", ", missing)}; unknown or repeated: {string.Join(", ", unknown)}.");
        }

        return tables;
    }
}
