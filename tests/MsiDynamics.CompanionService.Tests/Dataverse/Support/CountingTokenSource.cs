using MsiDynamics.CompanionService.Dataverse.Identity;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Support;

/// <summary>Issues <c>eyJ0eXAi.test-token-{n}</c>; a forced refresh issues the next one.</summary>
internal sealed class CountingTokenSource : IDataverseTokenSource
{
    public const string Prefix = "eyJ0eXAi.test-token-";

    private int _issued = 1;

    public int ForcedRefreshes { get; private set; }

    /// <summary>When set, every call fails with this result instead.</summary>
    public DataverseTokenResult? Failure { get; set; }

    public Task<DataverseTokenResult> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            return Task.FromResult(Failure);
        }

        if (forceRefresh)
        {
            ForcedRefreshes++;
            _issued++;
        }

        return Task.FromResult(DataverseTokenResult.Issued(new DataverseAccessToken(Prefix + _issued, DateTimeOffset.UtcNow.AddHours(1))));
    }
}
