using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// The plug-in of Microsoft's "Include more details with errors" example: it traces a line, then cancels the create of
/// an opportunity with its own OperationStatus and error code.
/// </summary>
[CrmPluginRegistration("Create", "opportunity", StageEnum.PostOperation, ExecutionModeEnum.Synchronous, "", "cancel opportunity", 1, IsolationModeEnum.Sandbox)]
public sealed class CancellingPlugin : IPlugin
{
    public const string Message = "Example Error Message.";

    public void Execute(IServiceProvider serviceProvider)
    {
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracing.Trace("Entering the cancelling step.");
        throw new InvalidPluginExecutionException(OperationStatus.Canceled, 12345, Message);
    }
}
