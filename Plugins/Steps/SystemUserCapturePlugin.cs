using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Steps;

/// <summary>
/// Queues a user as a Marketo sales person (architecture.md §1 row 1; identity <c>externalSalesPersonId</c> = systemuserid).
/// Create and an Update of a name, the e-mail or <c>isdisabled</c>. No pre-image: users change rarely and the
/// worker reads the current row, so an Update that re-sends equal values costs one harmless push.
/// Synchronous on Create is allowed here: the platform requires asynchronous steps on the user's Create only
/// for a plug-in that updates the user (dataverse.md §2.1); this one writes a queue row. Users are
/// never deleted in Dataverse (they are disabled), so there is no Delete step.
/// </summary>
[CrmPluginRegistration(
    CaptureMessage.Create, DataverseSchema.SystemUser.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Create of systemuser", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "af472eba-935e-43f3-a33f-4c0b149af16d")]
[CrmPluginRegistration(
    CaptureMessage.Update, DataverseSchema.SystemUser.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    SyncedColumns.SystemUser, "MsiDynamics: Update of systemuser", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "865eaa5f-4393-47a5-938f-0b6267eaa64c")]
public sealed class SystemUserCapturePlugin : CapturePlugin
{
}
