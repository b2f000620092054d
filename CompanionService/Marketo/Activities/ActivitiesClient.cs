using MsiDynamics.CompanionService.Marketo.Limits;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Activities;

/// <summary>
/// Marketo's activity stream, for the incremental write-back (architecture.md §3.5): get a paging token for a
/// date, then read activities of chosen types page by page, keeping the last token for the next run
/// (DEV <c>activities.md</c>, <c>paging-tokens.md</c>).
/// </summary>
public sealed class ActivitiesClient(MarketoTransport transport)
{
    /// <summary>Marketo takes up to ten activity type ids per call.</summary>
    public const int MaxActivityTypeIds = MarketoLimits.ActivityTypeIdsPerCall;

    /// <summary>Marketo takes up to thirty lead ids per call.</summary>
    public const int MaxLeadIds = 30;

    /// <summary>
    /// <c>GET /rest/v1/activities/pagingtoken.json?sinceDatetime=…</c>: a page with no items whose
    /// <see cref="MarketoPage{T}.NextPageToken"/> stands for <paramref name="since"/>.
    /// </summary>
    public async Task<MarketoPage<MarketoActivity>> GetPagingTokenAsync(
        DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var sinceText = MarketoDate.Format(since);
        var path = $"{MarketoSchema.ActivitiesPagingToken}?sinceDatetime={Uri.EscapeDataString(sinceText)}";
        var response = await transport.SendAsync(MarketoRequest.Get(path, "activities.pagingtoken"), cancellationToken).ConfigureAwait(false);
        return response.ReadOutcome.IsSuccess
            ? new MarketoPage<MarketoActivity>(response.ReadOutcome, [], response.Envelope?.NextPageToken, false)
            : MarketoPage<MarketoActivity>.Failed(response.ReadOutcome);
    }

    /// <summary>
    /// <c>GET /rest/v1/activities.json?nextPageToken=…&amp;activityTypeIds=…[&amp;leadIds=…]</c>: one page (up to
    /// 300) of activities after <paramref name="nextPageToken"/>. Always returns the token to continue from;
    /// call again while <see cref="MarketoPage{T}.MoreResult"/> is true (a page may hold fewer than 300 and
    /// still have more). An activity that cannot be read is left out of the items and named in
    /// <see cref="MarketoPage{T}.Unreadable"/> (marketo.md D11).
    /// </summary>
    /// <exception cref="ArgumentException">More than ten type ids or thirty lead ids: a bug in the caller.</exception>
    public async Task<MarketoPage<MarketoActivity>> GetActivitiesAsync(
        string nextPageToken,
        IReadOnlyList<int> activityTypeIds,
        IReadOnlyList<long>? leadIds = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(nextPageToken);
        if (activityTypeIds.Count is 0 or > MaxActivityTypeIds)
        {
            throw new ArgumentException($"Pass 1 to {MaxActivityTypeIds} activity type ids.", nameof(activityTypeIds));
        }

        if (leadIds is { Count: > MaxLeadIds })
        {
            throw new ArgumentException($"Pass at most {MaxLeadIds} lead ids.", nameof(leadIds));
        }

        var path = $"{MarketoSchema.Activities}?nextPageToken={Uri.EscapeDataString(nextPageToken)}"
            + $"&activityTypeIds={string.Join(',', activityTypeIds)}"
            + (leadIds is { Count: > 0 } ? $"&leadIds={string.Join(',', leadIds)}" : string.Empty);
        var response = await transport.SendAsync(MarketoRequest.Get(path, "activities.get"), cancellationToken).ConfigureAwait(false);
        if (!response.ReadOutcome.IsSuccess)
        {
            return MarketoPage<MarketoActivity>.Failed(response.ReadOutcome);
        }

        // No activities since the token: Marketo still returns the token (or 702 without one: keep ours).
        // An activity that cannot be read (a date in no form Marketo writes) is named, and the page and its token
        // still stand, so the next run resumes past it (marketo.md D11).
        var token = response.Envelope?.NextPageToken is { Length: > 0 } next ? next : nextPageToken;
        return response.Page<MarketoActivity>() with { NextPageToken = token };
    }

    /// <summary><c>GET /rest/v1/activities/types.json</c>: the instance's activity types.</summary>
    public async Task<MarketoPage<MarketoActivityType>> GetTypesAsync(CancellationToken cancellationToken = default)
    {
        var response = await transport.SendAsync(
            MarketoRequest.Get(MarketoSchema.ActivityTypes, "activities.types"), cancellationToken).ConfigureAwait(false);
        return response.Page<MarketoActivityType>();
    }
}
