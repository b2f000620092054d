namespace MsiDynamics.CompanionService.Dataverse.Identity;

/// <summary>
/// Where the client's bearer tokens come from. Production: <see cref="MsalTokenSource"/> (client
/// credentials, MSAL's cache). Sandbox and tests: <see cref="StaticTokenSource"/>, chosen by
/// <c>Dataverse:AccessToken</c>, or any implementation registered before <c>AddDataverseClient</c>.
/// </summary>
internal interface IDataverseTokenSource
{
    /// <summary>
    /// A token for the environment, or why none could be had. <paramref name="forceRefresh"/> is true after
    /// Dataverse answered 401 to the last one: skip any cache. Throws only when the caller cancels.
    /// </summary>
    Task<DataverseTokenResult> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
