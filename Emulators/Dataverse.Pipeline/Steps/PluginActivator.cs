using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Steps;

/// <summary>
/// Creates each step's plug-in once and reuses it, as Dataverse caches plug-in instances and shares them
/// across requests (dataverse.md §1.5): a plug-in that keeps state in fields misbehaves here too.
/// </summary>
internal sealed class PluginActivator
{
    private readonly Dictionary<Guid, IPlugin> _instances = [];

    public IPlugin For(RegisteredStep step)
    {
        if (!_instances.TryGetValue(step.Id, out var plugin))
        {
            plugin = Create(step);
            _instances[step.Id] = plugin;
        }

        return plugin;
    }

    private static IPlugin Create(RegisteredStep step)
    {
        // The (unsecure, secure) constructor wins when both exist, as in Dataverse (dataverse.md §1.5).
        var withConfiguration = step.PluginType.GetConstructor([typeof(string), typeof(string)]);
        var instance = withConfiguration is not null
            ? withConfiguration.Invoke([step.UnsecureConfiguration, step.SecureConfiguration])
            : Activator.CreateInstance(step.PluginType);
        return (IPlugin)instance!;
    }
}
