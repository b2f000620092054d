using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Doctor.Checks;

/// <summary>
/// The application user and its role: <c>GET systemusers(id)?$select=fullname,applicationid,isdisabled</c> and
/// <c>GET systemusers(id)/systemuserroles_association?$select=name</c> (two requests). Ok when it holds the solution's
/// "MSI Sync Integration" role; a warning when it runs on System Administrator alone (more than it needs).
/// </summary>
internal sealed class ApplicationUserCheck(DoctorDataverse dataverse) : IDoctorCheck
{
    public const string Name = "Application user and role";
    private const string SystemAdministrator = "System Administrator";

    public async Task<DoctorFinding> RunAsync(DoctorState state, CancellationToken cancellationToken)
    {
        if (state.UserId is not { } id)
        {
            return DoctorFinding.Skipped(Name, DoctorState.NeedsDataverse);
        }

        var (user, outcome) = await dataverse.ReadAsync($"systemusers({id:D})?$select=fullname,applicationid,isdisabled", "user", cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return DoctorFinding.Failed(Name, $"the application user {id:D} could not be read.", DoctorDataverse.Advice(outcome, "its own systemuser row"));
        }

        var name = user.GetString("fullname") ?? id.ToString("D");
        var (roles, rolesOutcome) = await dataverse.ListAsync($"systemusers({id:D})/systemuserroles_association?$select=name", "roles", cancellationToken).ConfigureAwait(false);
        if (!rolesOutcome.IsSuccess)
        {
            return DoctorFinding.Failed(Name, $"the roles of '{name}' could not be read.", DoctorDataverse.Advice(rolesOutcome, "its security roles"));
        }

        var names = roles.Select(r => r.GetString("name") ?? string.Empty).Where(n => n.Length > 0).Order(StringComparer.Ordinal).ToList();
        var held = names.Count == 0 ? "no security role" : "the roles " + string.Join(", ", names.Select(n => $"'{n}'"));
        var assign = $"Assign the '{IntegrationRolePrivileges.RoleName}' role (it comes with the MsiDynamics solution) to '{name}': Power Platform "
            + "admin center > the environment > Settings > Users + permissions > Application users > select it > Edit security roles.";
        if (user.GetBool("isdisabled") == true)
        {
            return DoctorFinding.Failed(Name, $"'{name}' is disabled.", "Enable the application user in the Power Platform admin center (Application users).");
        }

        if (user.GetGuid("applicationid") is null)
        {
            return DoctorFinding.Warning(Name, $"'{name}' is not an application user (no applicationid); it holds {held}.",
                "Run the worker as an app registration added to the environment as an application user, not as a person's account.");
        }

        if (names.Contains(IntegrationRolePrivileges.RoleName))
        {
            return names.Contains(SystemAdministrator)
                ? DoctorFinding.Warning(Name, $"'{name}' holds {held}.",
                    $"Remove '{SystemAdministrator}' from '{name}': '{IntegrationRolePrivileges.RoleName}' has every privilege the worker needs.")
                : DoctorFinding.Ok(Name, $"'{name}' is an application user and holds {held}.");
        }

        return names.Contains(SystemAdministrator)
            ? DoctorFinding.Warning(Name, $"'{name}' holds {held} but not '{IntegrationRolePrivileges.RoleName}': it works with far more privilege than it needs.",
                assign + $" Then remove '{SystemAdministrator}'.")
            : DoctorFinding.Failed(Name, $"'{name}' holds {held}, not '{IntegrationRolePrivileges.RoleName}': the worker cannot read or complete the queue.", assign);
    }
}
