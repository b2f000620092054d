namespace MsiDynamics.Solution.Packer.Plugins;

/// <summary>
/// One plug-in step, read from a <c>CrmPluginRegistration</c> attribute of the built plug-in assembly with spkl's
/// semantics (dataverse.md §4.2, §0.6): the SDK's mode (0 synchronous), rank = execution order, filtering attributes
/// with spaces stripped.
/// </summary>
/// <param name="Id">The step's fixed id (the attribute's <c>Id</c>).</param>
/// <param name="PluginTypeName">The full name of the plug-in class.</param>
/// <param name="Message">The SDK message, e.g. <c>Update</c>.</param>
/// <param name="EntityLogicalName">The primary table.</param>
/// <param name="Stage">10, 20 or 40.</param>
/// <param name="Mode">0 synchronous, 1 asynchronous.</param>
/// <param name="Rank">The execution order.</param>
/// <param name="FilteringAttributes">Comma-separated columns; empty for all.</param>
/// <param name="Name">The step's name.</param>
/// <param name="Images">The step's images.</param>
internal sealed record StepRegistration(
    Guid Id,
    string PluginTypeName,
    string Message,
    string EntityLogicalName,
    int Stage,
    int Mode,
    int Rank,
    string FilteringAttributes,
    string Name,
    IReadOnlyList<StepImageRegistration> Images)
{
    /// <summary>The step's description; empty when the attribute gives none.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The unsecure configuration; empty when none.</summary>
    public string Configuration { get; init; } = string.Empty;

    /// <summary>Asynchronous steps only: delete the system job when it succeeds.</summary>
    public bool AsyncAutoDelete { get; init; }

    /// <summary>spkl's isolation value mapped to the assembly's: 2 sandbox, 1 none.</summary>
    public int IsolationMode { get; init; } = 2;
}
