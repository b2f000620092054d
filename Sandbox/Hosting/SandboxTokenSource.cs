using MsiDynamics.CompanionService.Dataverse.Identity;

namespace MsiDynamics.Sandbox.Hosting;

/// <summary>One fixed bearer token for the Dataverse emulator, which accepts any non-empty one; never refreshed.</summary>
internal sealed class SandboxTokenSource : IDataverseTokenSource
{
    private static readonly DataverseTokenResult Token = DataverseTokenResult.Issued(new DataverseAccessToken("sandbox-token", null));

    public Task<DataverseTokenResult> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult(Token);
}
