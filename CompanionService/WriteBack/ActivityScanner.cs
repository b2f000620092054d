using Microsoft.Extensions.Logging;
using MsiDynamics.CompanionService.Marketo.Activities;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// The incremental half of the write-back: from the stored paging token, pages through Get Lead Activities of the MSI types
/// (<see cref="MsiActivityTypes"/>; marketo.md §3.8: up to 300 a call, <c>moreResult</c> says whether more follow) and
/// collects the leads whose MSI fields moved. Its cost grows with the activities since the last look, not with the
/// database. With no stored token (first run), a token older than 14 days, or one Marketo refuses
/// (<see cref="PagingTokenRefusal"/>), it takes a fresh token for now and says why, so the cycle reconciles instead.
/// </summary>
internal sealed class ActivityScanner(ActivitiesClient activities, MsiActivityTypeResolver resolver, TimeProvider time, ILogger<ActivityScanner> logger)
{
    public async Task<ActivityScan> ScanAsync(ActivityCursor? cursor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (cursor is null)
        {
            return await FreshAsync("no activity position was stored yet (first run), so every synced person is reconciled once", cancellationToken).ConfigureAwait(false);
        }

        if (cursor.IsLapsedAt(now))
        {
            return await FreshAsync(
                $"the stored activity position was issued {cursor.IssuedOn:yyyy-MM-dd HH:mm} UTC, more than 14 days ago, past a paging token's life; "
                + "changes since then are found by a full reconcile", cancellationToken).ConfigureAwait(false);
        }

        var (types, call) = await resolver.ResolveAsync(activities, cancellationToken).ConfigureAwait(false);
        if (types is null)
        {
            return ActivityScan.Stopped($"Marketo: the activity types could not be read: {call.Code} {call.Message}");
        }

        if (types.Ids.Count == 0)
        {
            WriteBackLog.NoActivityTypes(logger, types);
            return new ActivityScan([], 0, null, null, null); // nothing read: the stored position stays as it was
        }

        var changed = new HashSet<long>();
        var read = 0;
        var pages = 0;
        var token = cursor.Token;
        while (true)
        {
            var page = await activities.GetActivitiesAsync(token, types.Ids, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (PagingTokenRefusal.IsRefused(page.Call))
            {
                return await FreshAsync(
                    $"Marketo refused the stored activity position ({page.Call.Code} {page.Call.Message}), as it does once a paging token has "
                    + "lapsed; changes since then are found by a full reconcile", cancellationToken).ConfigureAwait(false);
            }

            if (!page.Call.IsSuccess)
            {
                return ActivityScan.Stopped($"Marketo: {page.Call.Code} {page.Call.Message}");
            }

            read += page.Items.Count;
            pages++;
            changed.UnionWith(page.Items.Where(types.MovesMsi).Select(a => a.LeadId));
            token = page.NextPageToken ?? token;
            if (!page.MoreResult)
            {
                return new ActivityScan([.. changed], read, token, null, null, pages);
            }
        }
    }

    /// <summary>A token for now, replacing a position that cannot be used, with the reason in words.</summary>
    private async Task<ActivityScan> FreshAsync(string reason, CancellationToken cancellationToken)
    {
        var page = await activities.GetPagingTokenAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return page.Call.IsSuccess && page.NextPageToken is { Length: > 0 } token
            ? new ActivityScan([], 0, token, reason, null)
            : ActivityScan.Stopped($"Marketo: no paging token could be had ({page.Call.Code} {page.Call.Message}); {reason}");
    }
}
