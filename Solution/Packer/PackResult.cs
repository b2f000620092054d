namespace MsiDynamics.Solution.Packer;

/// <summary>The files one pack wrote.</summary>
/// <param name="ManagedZip">The managed solution, the one customers import.</param>
/// <param name="UnmanagedZip">The unmanaged solution, for development organisations.</param>
/// <param name="SettingsCsv">The msi_syncsetting rows to import after the solution.</param>
/// <param name="FromSubset">True when the plug-in was built against the SDK subset (for inspection only).</param>
internal sealed record PackResult(string ManagedZip, string UnmanagedZip, string SettingsCsv, bool FromSubset);
