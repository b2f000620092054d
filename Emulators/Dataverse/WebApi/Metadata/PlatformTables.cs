using MsiDynamics.Schema;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// The platform's own tables the worker and the plug-ins touch: systemuser (dataverse.md §3.4), and
/// businessunit and team, which lookups point at.
/// </summary>
internal static class PlatformTables
{
    public static IEnumerable<TableMetadata> All()
    {
        yield return new TableBuilder(DataverseSchema.SystemUser.EntityName, DataverseSchema.SystemUser.EntitySetName)
            .Computed("fullname")
            .Text("firstname", "lastname", "internalemailaddress", "domainname")
            .Of(ColumnType.Boolean, "isdisabled", "islicensed")
            .Of(ColumnType.Guid, "azureactivedirectoryobjectid", "applicationid")
            .Choice("accessmode", ChoiceLabels.AccessModes)
            .Lookup("businessunitid", "businessunit")
            .Build();

        yield return new TableBuilder("businessunit", "businessunits")
            .Text("name")
            .Lookup("parentbusinessunitid", "businessunit")
            .Build();

        yield return new TableBuilder("team", "teams")
            .Text("name")
            .Lookup("businessunitid", "businessunit")
            .Build();
    }
}
