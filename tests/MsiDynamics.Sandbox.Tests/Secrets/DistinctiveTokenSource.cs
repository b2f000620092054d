using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.Tests.Secrets;

namespace MsiDynamics.Sandbox.Tests.Secrets;

/// <summary>
/// The worker's Dataverse token seam with a bearer token no other text could contain; a token that is not a JWT stands
/// for the emulator's application user, as the sandbox's own token does. Counts forced refreshes (a 401's answer).
/// </summary>
internal sealed class DistinctiveTokenSource(string token) : IDataverseTokenSource
{
    private int _forcedRefreshes;

    public int ForcedRefreshes => Volatile.Read(ref _forcedRefreshes);

    public Task<DataverseTokenResult> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (forceRefresh)
        {
            Interlocked.Increment(ref _forcedRefreshes);
        }

        return Task.FromResult(DataverseTokenResult.Issued(new DataverseAccessToken(token, null)));
    }
}
