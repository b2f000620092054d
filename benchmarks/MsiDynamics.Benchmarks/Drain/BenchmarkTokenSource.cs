using MsiDynamics.CompanionService.Dataverse.Identity;

namespace MsiDynamics.Benchmarks.Drain;

/// <summary>One fixed bearer token for the Dataverse emulator, which accepts any non-empty one.</summary>
internal sealed class BenchmarkTokenSource : IDataverseTokenSource
{
    private static readonly DataverseTokenResult Token = DataverseTokenResult.Issued(new DataverseAccessToken("benchmark-token", null));

    public Task<DataverseTokenResult> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult(Token);
}
