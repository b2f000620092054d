using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;

namespace MsiDynamics.Emulators.Dataverse.SystemTables;

/// <summary>
/// The rows an organisation has once the solution is imported and the administrator has set up the worker: the
/// <c>solution</c> MsiDynamics (its version as Solution/src/Other/Solution.xml declares it), the platform's "System
/// Administrator" role, the solution's "MSI Sync Integration" role, and that role assigned to the application user
/// (dataverse.md §6 Auth: the application user needs a security role). A user's roles are the
/// <c>systemuserroles</c> intersect rows (systemuserid, roleid), read through <c>systemusers(id)/systemuserroles_association</c>.
/// </summary>
internal static class SolutionRows
{
    public const string UserRoles = "systemuserroles";
    public const string UniqueName = "MsiDynamics";
    public const string Version = "1.0.0.0";
    public const string SystemAdministrator = "System Administrator";

    public static void Seed(InMemoryOrganization organization, Guid applicationUserId)
    {
        organization.Seed(new Entity(RegistrationTables.Solution)
        {
            ["uniquename"] = UniqueName,
            ["friendlyname"] = "MSI Dynamics",
            ["version"] = Version,
            ["ismanaged"] = true,
        });
        var unit = new EntityReference("businessunit", organization.BusinessUnitId);
        organization.Seed(new Entity(RegistrationTables.Role) { ["name"] = SystemAdministrator, ["businessunitid"] = unit });
        var role = organization.Seed(new Entity(RegistrationTables.Role) { ["name"] = RegistrationTables.IntegrationRoleName, ["businessunitid"] = unit });
        Assign(organization, applicationUserId, role);
    }

    /// <summary>Gives <paramref name="userId"/> the role <paramref name="roleId"/> (Associate on systemuserroles_association).</summary>
    public static Guid Assign(InMemoryOrganization organization, Guid userId, Guid roleId) =>
        organization.Seed(new Entity(UserRoles) { ["systemuserid"] = userId, ["roleid"] = roleId });
}
