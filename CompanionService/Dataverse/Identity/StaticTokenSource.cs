namespace MsiDynamics.CompanionService.Dataverse.Identity;

/// <summary>
/// Hands out one fixed token, never refreshed: for the sandbox emulator, which accepts any non-empty
/// bearer token (<c>Dataverse:AccessToken</c>), and for tests. Not for production: the validator accepts
/// <c>Dataverse:AccessToken</c> only with a loopback URL.
/// </summary>
internal sealed class StaticTokenSource : IDataverseTokenSource
{
    private readonly DataverseTokenResult _result;

    public StaticTokenSource(string token) => _result = DataverseTokenResult.Issued(new DataverseAccessToken(token, null));

    public Task<DataverseTokenResult> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) =>
        Task.FromResult(_result);

    public override string ToString() => "Static Dataverse token (redacted)";
}
