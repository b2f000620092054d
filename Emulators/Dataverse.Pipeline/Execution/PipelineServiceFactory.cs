using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

/// <summary>
/// The factory a plug-in receives. Its services issue child requests of <paramref name="context"/>: Depth+1,
/// the same correlation and initiating user, and the same transaction.
/// </summary>
internal sealed class PipelineServiceFactory(MessagePipeline pipeline, PluginContext context) : IOrganizationServiceFactory
{
    /// <param name="userId">null = the SYSTEM user (dataverse.md §2.5); otherwise that user.</param>
    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        new PipelineOrganizationService(pipeline, userId ?? pipeline.SystemUserId, context);
}
