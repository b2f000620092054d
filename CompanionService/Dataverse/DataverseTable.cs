using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Dataverse;

/// <summary>
/// The three names of a table the Web API needs: logical name (<c>@odata.type</c>), entity set (URL) and
/// primary key column. The tables the worker touches are listed here from <see cref="DataverseSchema"/>.
/// </summary>
/// <param name="LogicalName">E.g. <c>lead</c>.</param>
/// <param name="EntitySetName">E.g. <c>leads</c>.</param>
/// <param name="PrimaryKey">E.g. <c>leadid</c>.</param>
public sealed record DataverseTable(string LogicalName, string EntitySetName, string PrimaryKey)
{
    public static readonly DataverseTable SyncQueueItem = new(
        DataverseSchema.SyncQueueItem.EntityName, DataverseSchema.SyncQueueItem.EntitySetName, DataverseSchema.SyncQueueItem.Id);

    public static readonly DataverseTable SyncSetting = new(
        DataverseSchema.SyncSetting.EntityName, DataverseSchema.SyncSetting.EntitySetName, DataverseSchema.SyncSetting.Id);

    public static readonly DataverseTable SyncState = new(
        DataverseSchema.SyncState.EntityName, DataverseSchema.SyncState.EntitySetName, DataverseSchema.SyncState.Id);

    public static readonly DataverseTable SystemUser = new(
        DataverseSchema.SystemUser.EntityName, DataverseSchema.SystemUser.EntitySetName, DataverseSchema.SystemUser.Id);

    public static readonly DataverseTable Account = new(
        DataverseSchema.Account.EntityName, DataverseSchema.Account.EntitySetName, DataverseSchema.Account.Id);

    public static readonly DataverseTable Lead = new(
        DataverseSchema.Lead.EntityName, DataverseSchema.Lead.EntitySetName, DataverseSchema.Lead.Id);

    public static readonly DataverseTable Contact = new(
        DataverseSchema.Contact.EntityName, DataverseSchema.Contact.EntitySetName, DataverseSchema.Contact.Id);

    public static readonly DataverseTable Opportunity = new(
        DataverseSchema.Opportunity.EntityName, DataverseSchema.Opportunity.EntitySetName, DataverseSchema.Opportunity.Id);

    public static readonly DataverseTable Connection = new(
        DataverseSchema.Connection.EntityName, DataverseSchema.Connection.EntitySetName, DataverseSchema.Connection.Id);

    public static readonly DataverseTable ConnectionRole = new(
        DataverseSchema.ConnectionRole.EntityName, DataverseSchema.ConnectionRole.EntitySetName, DataverseSchema.ConnectionRole.Id);

    private static readonly DataverseTable[] Known =
        [SyncQueueItem, SyncSetting, SyncState, SystemUser, Account, Lead, Contact, Opportunity, Connection, ConnectionRole];

    /// <summary>The table whose logical name is <paramref name="logicalName"/>; throws for one the worker does not know.</summary>
    public static DataverseTable For(string logicalName) =>
        Known.FirstOrDefault(t => t.LogicalName == logicalName)
        ?? throw new ArgumentException($"'{logicalName}' is not a table the worker reads or writes.", nameof(logicalName));

    public override string ToString() => LogicalName;
}
