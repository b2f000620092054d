using Microsoft.Identity.Client;

namespace MsiDynamics.CompanionService.Dataverse.Identity;

/// <summary>
/// Gives MSAL its <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/> (named
/// <see cref="Name"/>), so connections are pooled and renewed like the Web API client's, and a test can
/// put a stub under MSAL. The factory's request loggers are removed from it: the token request body
/// carries the client secret or assertion.
/// </summary>
internal sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    /// <summary>The <see cref="IHttpClientFactory"/> name of MSAL's HTTP client.</summary>
    public const string Name = "Dataverse.Identity";

    public HttpClient GetHttpClient() => factory.CreateClient(Name);
}
