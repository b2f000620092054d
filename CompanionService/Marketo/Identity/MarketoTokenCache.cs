using Microsoft.Extensions.Logging;

namespace MsiDynamics.CompanionService.Marketo.Identity;

/// <summary>
/// Holds the one access token all Marketo calls of this process share. It is fetched on first use,
/// refreshed when under 60 s remain, and dropped when Marketo answers 601/602 with it (Decision 1).
/// One refresh at a time: callers arriving during a refresh wait for its result.
/// </summary>
public sealed class MarketoTokenCache(IdentityClient identity, TimeProvider time, ILogger<MarketoTokenCache> logger)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private MarketoAccessToken? _current;

    /// <summary>A usable token, or why none could be had (the identity call's status).</summary>
    public async Task<IdentityResult> GetAsync(CancellationToken cancellationToken)
    {
        if (Usable(Volatile.Read(ref _current)) is { } cached)
        {
            return new IdentityResult(cached, 200, null);
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Usable(_current) is { } refreshedMeanwhile)
            {
                return new IdentityResult(refreshedMeanwhile, 200, null);
            }

            var result = await identity.RequestTokenAsync(cancellationToken).ConfigureAwait(false);
            if (result.Token is { } token)
            {
                Volatile.Write(ref _current, token);
                Log.TokenIssued(logger, token.ExpiresAt);
            }
            else if (result.HttpStatus is 400 or 401 or 403)
            {
                Log.IdentityRefused(logger, result.HttpStatus, result.Error);
            }

            return result;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>
    /// Marketo rejected <paramref name="rejected"/> (601/602): forget it, unless another caller has
    /// already replaced it with a newer one.
    /// </summary>
    public void Invalidate(MarketoAccessToken rejected) =>
        Interlocked.CompareExchange(ref _current, null, rejected);

    private MarketoAccessToken? Usable(MarketoAccessToken? token) =>
        token is not null && !token.NeedsRefresh(time.GetUtcNow()) ? token : null;
}
