using MsiDynamics.CompanionService.Dataverse.Identity;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Support;

/// <summary>
/// Hands out one fixed token, never refreshed: the emulator accepts any non-empty bearer token. Registered before
/// <c>AddDataverseClient</c>, through the token-source seam, as a host with its own tokens would.
/// </summary>
internal sealed class StaticTokenSource : IDataverseTokenSource
{
    private readonly DataverseTokenResult _result;

    public StaticTokenSource(string token) => _result = DataverseTokenResult.Issued(new DataverseAccessToken(token, null));

    public Task<DataverseTokenResult> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) =>
        Task.FromResult(_result);

    public override string ToString() => "Static Dataverse token (redacted)";
}
