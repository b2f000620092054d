using MsiDynamics.Schema;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>connection and connectionrole (dataverse.md §3.1, §3.2).</summary>
internal static class ConnectionTables
{
    // The tables a connection end may be, of those the emulator serves (Sales adds opportunity and lead).
    private static readonly string[] Ends = ["account", "contact", "lead", "opportunity", "systemuser"];

    public static IEnumerable<TableMetadata> All()
    {
        yield return new TableBuilder(DataverseSchema.Connection.EntityName, DataverseSchema.Connection.EntitySetName)
            .Computed("name").Memo("description", 2000)
            .Polymorphic(DataverseSchema.Connection.Record1Id, Ends)
            .Polymorphic(DataverseSchema.Connection.Record2Id, Ends)
            .Lookup(DataverseSchema.Connection.Record1RoleId, DataverseSchema.ConnectionRole.EntityName)
            .Lookup(DataverseSchema.Connection.Record2RoleId, DataverseSchema.ConnectionRole.EntityName)
            .Choice("record1objecttypecode", ChoiceLabels.ObjectTypeCodes)
            .Choice("record2objecttypecode", ChoiceLabels.ObjectTypeCodes)
            .Of(ColumnType.DateTime, "effectivestart", "effectiveend")
            .Lookup(DataverseSchema.Connection.RelatedConnectionId, DataverseSchema.Connection.EntityName, readOnly: true)
            .ReadOnly(ColumnType.Boolean, DataverseSchema.Connection.IsMaster)
            .Owned().State(ChoiceLabels.ActiveStates, ChoiceLabels.ActiveStatuses)
            .Build();

        yield return new TableBuilder(DataverseSchema.ConnectionRole.EntityName, DataverseSchema.ConnectionRole.EntitySetName)
            .Text(DataverseSchema.ConnectionRole.Name, 100).Memo("description", 4000)
            .Choice(DataverseSchema.ConnectionRole.Category, ChoiceLabels.ConnectionRoleCategories)
            .State(ChoiceLabels.ActiveStates, ChoiceLabels.ActiveStatuses)
            .Build();
    }
}
