using MsiDynamics.Plugins.Adapter;
using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Steps;

/// <summary>
/// Queues an account as a Marketo company (architecture.md §1 row 2; identity <c>externalCompanyId</c> = accountid).
/// Create; Update of a synced column that really changed (pre-image with the same columns); Delete, whose
/// pre-image keeps the name for the worker's messages; the legacy Assign and SetStateDynamicEntity for callers
/// that still use them, and Merge (the master re-syncs; the subordinate's deactivation is its own Update).
/// </summary>
[CrmPluginRegistration(
    CaptureMessage.Create, DataverseSchema.Account.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Create of account", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "caca416c-528b-42a9-b922-9f65615ce525")]
[CrmPluginRegistration(
    CaptureMessage.Update, DataverseSchema.Account.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    SyncedColumns.Account, "MsiDynamics: Update of account", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "cda44d80-2933-4330-a853-d36a7bcc9419",
    Image1Type = ImageTypeEnum.PreImage, Image1Name = ContextReader.PreImageName, Image1Attributes = SyncedColumns.Account)]
[CrmPluginRegistration(
    CaptureMessage.Delete, DataverseSchema.Account.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Delete of account", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "132da575-d84d-4b9b-b2df-a7d713dc8d05",
    Image1Type = ImageTypeEnum.PreImage, Image1Name = ContextReader.PreImageName, Image1Attributes = DataverseSchema.Common.Name)]
[CrmPluginRegistration(
    CaptureMessage.Assign, DataverseSchema.Account.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Assign of account", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "7ade5d2d-9b79-4129-b1ca-3892028d03e2")]
[CrmPluginRegistration(
    CaptureMessage.SetStateDynamicEntity, DataverseSchema.Account.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: SetStateDynamicEntity of account", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "9a8f9e3a-4a06-485b-a69a-ece7190e08d1")]
[CrmPluginRegistration(
    CaptureMessage.Merge, DataverseSchema.Account.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Merge of account", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "1e172acc-00fb-4c6b-9cb6-88270dbec7a3")]
public sealed class AccountCapturePlugin : CapturePlugin
{
}
