using MsiDynamics.Plugins.Adapter;
using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Steps;

/// <summary>
/// Queues an opportunity as a Marketo opportunity (architecture.md §1 row 4; identity <c>externalOpportunityId</c> =
/// opportunityid). Create; Update of a synced column that really changed (pre-image with the same columns);
/// Delete, whose pre-image keeps the name for the worker's messages; the legacy Assign and
/// SetStateDynamicEntity; Win and Lose, which close the opportunity without raising an Update of its state
/// (dataverse.md §0.11). Opportunities cannot be merged.
/// </summary>
[CrmPluginRegistration(
    CaptureMessage.Create, DataverseSchema.Opportunity.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Create of opportunity", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "107adc77-9230-4805-9f80-495eb204bebe")]
[CrmPluginRegistration(
    CaptureMessage.Update, DataverseSchema.Opportunity.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    SyncedColumns.Opportunity, "MsiDynamics: Update of opportunity", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "7c2b6c4e-4a2b-428f-ba86-8d82c9b91552",
    Image1Type = ImageTypeEnum.PreImage, Image1Name = ContextReader.PreImageName, Image1Attributes = SyncedColumns.Opportunity)]
[CrmPluginRegistration(
    CaptureMessage.Delete, DataverseSchema.Opportunity.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Delete of opportunity", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "ec2c169f-7a0f-42f6-99c5-4bb6cce2750f",
    Image1Type = ImageTypeEnum.PreImage, Image1Name = ContextReader.PreImageName, Image1Attributes = DataverseSchema.Common.Name)]
[CrmPluginRegistration(
    CaptureMessage.Assign, DataverseSchema.Opportunity.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Assign of opportunity", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "196ef8d1-f41e-4b44-8933-ec27b35e5e8f")]
[CrmPluginRegistration(
    CaptureMessage.SetStateDynamicEntity, DataverseSchema.Opportunity.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: SetStateDynamicEntity of opportunity", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "80d584d5-c00c-4aa8-9d24-7c2c99137b8f")]
[CrmPluginRegistration(
    CaptureMessage.Win, DataverseSchema.Opportunity.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Win of opportunity", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "4b0e6f7a-93c1-4d2e-8a5b-c61f2d7e9a34")]
[CrmPluginRegistration(
    CaptureMessage.Lose, DataverseSchema.Opportunity.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Lose of opportunity", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "d83a2c15-6e4f-4b9a-b0d7-2f5c8e1a6b47")]
public sealed class OpportunityCapturePlugin : CapturePlugin
{
}
