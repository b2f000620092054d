using MsiDynamics.Plugins.Adapter;
using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Steps;

/// <summary>
/// Queues a contact as a Marketo person (architecture.md §1 row 3; identity <c>externalPersonId</c> = contactid).
/// Create; Update of a synced column that really changed (pre-image with the same columns), so the
/// worker's write-back of the MSI columns and <c>msi_marketoleadid</c> never re-enters the queue
/// (dataverse.md §0.5); Delete, whose pre-image keeps the Marketo lead id and the e-mail, the only
/// ways left to find the person; the legacy Assign and SetStateDynamicEntity, and Merge.
/// </summary>
[CrmPluginRegistration(
    CaptureMessage.Create, DataverseSchema.Contact.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Create of contact", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "7029b166-421b-45bc-bdb6-4e4c10c297cb")]
[CrmPluginRegistration(
    CaptureMessage.Update, DataverseSchema.Contact.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    SyncedColumns.Contact, "MsiDynamics: Update of contact", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "caddc77c-e3e1-4672-965b-7fc628bf5085",
    Image1Type = ImageTypeEnum.PreImage, Image1Name = ContextReader.PreImageName, Image1Attributes = SyncedColumns.Contact)]
[CrmPluginRegistration(
    CaptureMessage.Delete, DataverseSchema.Contact.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Delete of contact", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "65131cdf-746f-4d38-b110-e35edddb7df6",
    Image1Type = ImageTypeEnum.PreImage, Image1Name = ContextReader.PreImageName, Image1Attributes = CapturePlugin.PersonDeleteColumns)]
[CrmPluginRegistration(
    CaptureMessage.Assign, DataverseSchema.Contact.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Assign of contact", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "57902d81-c718-4778-bf2b-c67cd2c027b7")]
[CrmPluginRegistration(
    CaptureMessage.SetStateDynamicEntity, DataverseSchema.Contact.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: SetStateDynamicEntity of contact", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "62a6d2cf-7b86-4744-b305-b03cfb771c04")]
[CrmPluginRegistration(
    CaptureMessage.Merge, DataverseSchema.Contact.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Merge of contact", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "cfa8aa14-e14b-468e-87d6-59a060eaca55")]
public sealed class ContactCapturePlugin : CapturePlugin
{
}
