using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>
/// A test plug-in that records its context (<see cref="Seen"/>) and traces its class name, then does what
/// the subclass asks. Stateless, as plug-ins must be.
/// </summary>
public abstract class RecordingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracing.Trace(GetType().Name);
        Seen.Record(context, GetType().Name);
        Act(context, (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!);
    }

    protected virtual void Act(IPluginExecutionContext context, IOrganizationServiceFactory factory)
    {
    }
}
