using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Identity;

namespace MsiDynamics.CompanionService.Operations.Doctor.Checks;

/// <summary>
/// Marketo credentials: one token request to <c>{Marketo:BaseUrl}/identity/oauth/token</c> (marketo.md §1; not counted
/// against the REST quota). 401 means the client id or secret is wrong; no answer, the URL or the network. The secret is
/// never shown, only which setting to check.
/// </summary>
internal sealed class MarketoCredentialsCheck(IdentityClient identity, IOptions<MarketoOptions> options) : IDoctorCheck
{
    public const string Name = "Marketo credentials";

    public async Task<DoctorFinding> RunAsync(DoctorState state, CancellationToken cancellationToken)
    {
        var url = options.Value.BaseUrl?.GetLeftPart(UriPartial.Authority) ?? "(Marketo:BaseUrl not set)";
        var result = await identity.RequestTokenAsync(cancellationToken).ConfigureAwait(false);
        if (result.Token is not null)
        {
            state.MarketoSignedIn = true;
            return DoctorFinding.Ok(Name, $"{url} issued an access token for Marketo:ClientId.");
        }

        return result.HttpStatus switch
        {
            0 => DoctorFinding.Failed(Name, $"no answer from {url}/identity ({result.Error}).",
                "Check Marketo:BaseUrl: the REST endpoint without /rest, as Admin > Integration > Web Services shows it "
                + "(https://NNN-XXX-NNN.mktorest.com), and that this machine can reach it (proxy, firewall)."),
            401 or 400 => DoctorFinding.Failed(Name, $"{url} refused the client id and secret (HTTP {result.HttpStatus}, {result.Error}).",
                "Check Marketo:ClientId and Marketo:ClientSecret against Admin > Integration > LaunchPoint > the custom service > View Details; "
                + "the service must belong to an API-only user. Set the secret in the environment (Marketo__ClientSecret), never in a file."),
            404 => DoctorFinding.Failed(Name, $"{url} has no identity endpoint (HTTP 404).",
                "Check Marketo:BaseUrl: it must be https://NNN-XXX-NNN.mktorest.com (Admin > Integration > Web Services), without /rest or /identity."),
            _ => DoctorFinding.Failed(Name, $"{url} answered the token request with HTTP {result.HttpStatus} ({result.Error}).",
                "Try again in a few minutes; if it persists, check Marketo's status page and Marketo:BaseUrl."),
        };
    }
}
