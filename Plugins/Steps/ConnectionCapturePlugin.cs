using MsiDynamics.Plugins.Adapter;
using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Steps;

/// <summary>
/// Queues an opportunity role (architecture.md §1 row 5): a connection whose ends are an opportunity and a contact, in
/// either direction; any other connection is ignored by the engine. The platform stores two halves per
/// connection and runs the steps for both; both map to the master half's id, so one pair is one queue row
/// (dataverse.md §0.4). The images carry what identifies the pair and its master, and the roles'
/// names (the role name is part of Marketo's role key). The post-image is only legal in PostOperation,
/// where these steps run.
/// A rename or re-categorisation of a connection role changes every role that uses it: Marketo keys a role by
/// its name, and the category decides whether it syncs at all (the worker reads it; Stakeholder by default).
/// The pre-image keeps the previous name, the key of the Marketo roles to replace. Roles are solution
/// components, created and deleted with solutions, so only their Update is registered; they follow the
/// <c>connection</c> sync setting.
/// </summary>
[CrmPluginRegistration(
    CaptureMessage.Create, DataverseSchema.Connection.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Create of connection", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "2027ffa8-0c3d-41aa-8b03-cc4d0c062762",
    Image1Type = ImageTypeEnum.PostImage, Image1Name = ContextReader.PostImageName, Image1Attributes = CapturePlugin.ConnectionImageColumns)]
[CrmPluginRegistration(
    CaptureMessage.Update, DataverseSchema.Connection.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    SyncedColumns.Connection, "MsiDynamics: Update of connection", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "17072ec8-9a9b-4a14-b350-d591f5bc7eb8",
    Image1Type = ImageTypeEnum.PreImage, Image1Name = ContextReader.PreImageName, Image1Attributes = CapturePlugin.ConnectionImageColumns,
    Image2Type = ImageTypeEnum.PostImage, Image2Name = ContextReader.PostImageName, Image2Attributes = CapturePlugin.ConnectionImageColumns)]
[CrmPluginRegistration(
    CaptureMessage.Delete, DataverseSchema.Connection.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    "", "MsiDynamics: Delete of connection", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "aed4fc44-2f61-4d5c-b590-114097383cf5",
    Image1Type = ImageTypeEnum.PreImage, Image1Name = ContextReader.PreImageName, Image1Attributes = CapturePlugin.ConnectionImageColumns)]
[CrmPluginRegistration(
    CaptureMessage.Update, DataverseSchema.ConnectionRole.EntityName, StageEnum.PostOperation, ExecutionModeEnum.Synchronous,
    SyncedColumns.ConnectionRole, "MsiDynamics: Update of connectionrole", CapturePlugin.ExecutionOrder, IsolationModeEnum.Sandbox,
    Id = "0426173f-d220-4387-afda-65dc01e7a023",
    Image1Type = ImageTypeEnum.PreImage, Image1Name = ContextReader.PreImageName, Image1Attributes = SyncedColumns.ConnectionRole)]
public sealed class ConnectionCapturePlugin : CapturePlugin
{
}
