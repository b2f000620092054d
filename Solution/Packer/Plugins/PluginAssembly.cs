namespace MsiDynamics.Solution.Packer.Plugins;

/// <summary>The built plug-in assembly as the solution describes it: identity, plug-in classes and their steps.</summary>
/// <param name="Path">The DLL file.</param>
/// <param name="Name">The assembly's simple name (<c>MsiDynamics.Plugins</c>).</param>
/// <param name="FullName">Name, version, culture and public key token.</param>
/// <param name="PluginTypes">Full names of the classes that carry steps, in name order.</param>
/// <param name="Steps">Every registered step, in step-id order.</param>
internal sealed record PluginAssembly(
    string Path, string Name, string FullName, IReadOnlyList<string> PluginTypes, IReadOnlyList<StepRegistration> Steps)
{
    /// <summary>A plug-in class's assembly-qualified name.</summary>
    public string QualifiedName(string pluginType) => pluginType + ", " + FullName;
}
