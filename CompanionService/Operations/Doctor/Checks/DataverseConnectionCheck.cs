using MsiDynamics.CompanionService.Dataverse.Errors;

namespace MsiDynamics.CompanionService.Operations.Doctor.Checks;

/// <summary>
/// Dataverse reachable: <c>GET WhoAmI</c> with the worker's own token (dataverse.md §6), one request. Its UserId is the
/// application user the other Dataverse checks look at; without it they are skipped.
/// </summary>
internal sealed class DataverseConnectionCheck(DoctorDataverse dataverse) : IDoctorCheck
{
    public const string Name = "Dataverse connection";

    public async Task<DoctorFinding> RunAsync(DoctorState state, CancellationToken cancellationToken)
    {
        var url = dataverse.WebApiUrl.GetLeftPart(UriPartial.Authority);
        var (row, outcome) = await dataverse.ReadAsync("WhoAmI", "whoami", cancellationToken).ConfigureAwait(false);
        if (row?.GetGuid("UserId") is { } user)
        {
            state.UserId = user;
            return DoctorFinding.Ok(Name, $"{url} answered WhoAmI; the worker signs in as systemuser {user:D}.");
        }

        return outcome.Kind switch
        {
            DataverseOutcomeKind.AccessDenied => DoctorFinding.Failed(Name,
                outcome.HttpStatus == 0
                    ? $"the worker got no token for {url}: {outcome.Error?.Message}"
                    : $"{url} refused the worker's sign-in (HTTP {outcome.HttpStatus}): {outcome.Error?.Message}",
                "Check Dataverse:TenantId, Dataverse:ClientId and Dataverse:ClientSecret (or the certificate settings) against the app "
                + "registration in Microsoft Entra ID, and that it is added to this environment as an application user (Power Platform "
                + "admin center > the environment > Settings > Users + permissions > Application users)."),
            DataverseOutcomeKind.Unavailable or DataverseOutcomeKind.Unknown when outcome.HttpStatus == 0 => DoctorFinding.Failed(Name,
                $"no answer from {url}: {outcome.Error?.Message}",
                "Check Dataverse:Url (the environment URL, https://<org>.crm<N>.dynamics.com/) and that this machine can reach it "
                + "(proxy, firewall, DNS)."),
            DataverseOutcomeKind.Unavailable => DoctorFinding.Failed(Name,
                $"{url} is unavailable (HTTP {outcome.HttpStatus}): {outcome.Error?.Message}",
                "Try again in a few minutes; if it persists, check the environment's state in the Power Platform admin center."),
            _ => DoctorFinding.Failed(Name,
                $"{url} did not answer WhoAmI as Dataverse does (HTTP {outcome.HttpStatus}): {outcome.Error?.Message}",
                "Check Dataverse:Url: it must be the environment URL, without /api/data."),
        };
    }
}
