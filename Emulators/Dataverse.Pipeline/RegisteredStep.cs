namespace MsiDynamics.Emulators.Dataverse.Pipeline;

/// <summary>
/// A plug-in step as Dataverse would hold it after spkl deployed the plug-in assembly: read from the
/// <c>CrmPluginRegistration</c> attributes on <see cref="PluginType"/>, never declared twice.
/// </summary>
/// <param name="Id">The step's fixed id (the attribute's <c>Id</c>; a fresh one when the attribute has none).</param>
/// <param name="PluginType">The class implementing <c>IPlugin</c> that the step runs.</param>
/// <param name="Message">The SDK message, e.g. <c>Update</c> or <c>SetStateDynamicEntity</c>.</param>
/// <param name="EntityLogicalName">The primary table; <c>none</c> or empty = every table.</param>
/// <param name="Stage">10 PreValidation, 20 PreOperation, 40 PostOperation (dataverse.md §2.1).</param>
/// <param name="Mode">0 synchronous, 1 asynchronous: the SDK's values, the opposite of spkl's enum (§4.2).</param>
/// <param name="Rank">The execution order within the stage; lower runs first.</param>
/// <param name="FilteringAttributes">Update only: the step runs when one of these is in Target; empty = always.</param>
/// <param name="Images">The pre- and post-images the step receives, keyed by their name.</param>
/// <param name="Name">The step's name as registered.</param>
public sealed record RegisteredStep(
    Guid Id,
    Type PluginType,
    string Message,
    string EntityLogicalName,
    int Stage,
    int Mode,
    int Rank,
    string[] FilteringAttributes,
    IReadOnlyList<StepImage> Images,
    string Name)
{
    /// <summary>The unsecure configuration passed to a <c>(string, string)</c> constructor; null when none.</summary>
    public string? UnsecureConfiguration { get; init; }

    /// <summary>The secure configuration passed to a <c>(string, string)</c> constructor; null when none.</summary>
    public string? SecureConfiguration { get; init; }

    /// <summary>2 for a sandboxed assembly, 1 for none (spkl maps its Sandbox value to 2: dataverse.md §0.6).</summary>
    public int IsolationMode { get; init; } = 2;

    /// <summary>True when the step runs after commit, outside the transaction.</summary>
    public bool IsAsynchronous => Mode == 1;

    /// <summary>True when the step applies to <paramref name="entityName"/> (a step on <c>none</c> applies to all).</summary>
    public bool AppliesTo(string entityName) =>
        EntityLogicalName.Length == 0
        || string.Equals(EntityLogicalName, "none", StringComparison.OrdinalIgnoreCase)
        || string.Equals(EntityLogicalName, entityName, StringComparison.Ordinal);
}
