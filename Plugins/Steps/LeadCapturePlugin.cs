using MsiDynamics.Plugins.Adapter;
using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Steps;

/// <summary>
/// Queues a Dynamics lead as a Marketo person (architecture.md §1 row 3; identity <c>externalPersonId</c> = leadid).
/// Create; Update of a synced column that really changed (pre-image with the same columns), so the
/// worker's write-back of the MSI columns and <c>msi_marketoleadid</c> never re-enters the queue
/// (dataverse.md §0.5); Delete, whose pre-image keeps the Marketo lead id and the e-mail, the only
/// ways left to find the person; the legacy Assign and SetStateDynamicEntity, and Merge. QualifyLead is seen
/// through the Creates and the state Update it causes.
/// </summary>
[CrmPluginRegistration(
    CaptureMessage.Create, DataverseSchema.Lead.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Create of lead", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "bd3b35d1-9080-4116-a9f2-5ab324b64d88")]
[CrmPluginRegistration(
    CaptureMessage.Update, DataverseSchema.Lead.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    SyncedColumns.Lead, "MsiDynamics: Update of lead", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "db3a5dcb-cb4e-4d4e-98c7-a7617695b2a2",
    Image1Type = ImageTypeEnum.PreImage, Image1Name = ContextReader.PreImageName, Image1Attributes = SyncedColumns.Lead)]
[CrmPluginRegistration(
    CaptureMessage.Delete, DataverseSchema.Lead.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Delete of lead", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "263e08e2-f66c-45c6-9248-b7ea11ac2098",
    Image1Type = ImageTypeEnum.PreImage, Image1Name = ContextReader.PreImageName, Image1Attributes = CapturePlugin.PersonDeleteColumns)]
[CrmPluginRegistration(
    CaptureMessage.Assign, DataverseSchema.Lead.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Assign of lead", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "38d86d76-b304-487e-bb17-e55def6a816d")]
[CrmPluginRegistration(
    CaptureMessage.SetStateDynamicEntity, DataverseSchema.Lead.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: SetStateDynamicEntity of lead", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "d9a419e5-4e08-4e47-801c-9dd3edfa74c7")]
[CrmPluginRegistration(
    CaptureMessage.Merge, DataverseSchema.Lead.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Merge of lead", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "ca87c777-27af-4870-9486-8a9a068f4b11")]
public sealed class LeadCapturePlugin : CapturePlugin
{
}
