namespace MsiDynamics.CompanionService.Dataverse.Identity;

/// <summary>
/// Where the client's bearer tokens come from. Production: <see cref="MsalTokenSource"/> (client
/// credentials, MSAL's cache). A host that has its tokens from elsewhere (the sandbox, tests) registers its
/// own implementation before <c>AddMsiWorker</c>, and the app registration's settings are then not required.
/// </summary>
public interface IDataverseTokenSource
{
    /// <summary>
    /// A token for the environment, or why none could be had. <paramref name="forceRefresh"/> is true after
    /// Dataverse answered 401 to the last one: skip any cache. Throws only when the caller cancels.
    /// </summary>
    Task<DataverseTokenResult> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
