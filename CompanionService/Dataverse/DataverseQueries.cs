using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Transport;

namespace MsiDynamics.CompanionService.Dataverse;

/// <summary>
/// Collection reads: <c>GET {set}?$select…</c> with <c>Prefer: odata.maxpagesize</c>, streamed page by page
/// by following <c>@odata.nextLink</c> until it is absent (dataverse.md §6, "page results"). Only one
/// page is held at a time; the next is requested when the caller asks for it.
/// </summary>
public sealed class DataverseQueries(DataverseTransport transport, IOptions<DataverseOptions> options)
{
    /// <summary>
    /// The pages of <paramref name="query"/>. A failed page (see <see cref="DataversePage.Outcome"/>) is the
    /// last one; rows already returned stay valid.
    /// </summary>
    public async IAsyncEnumerable<DataversePage> PagesAsync(
        DataverseQuery query, string operation, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var prefer = query.Preferences(options.Value.MaxPageSize);
        var first = await PageAsync(query.ToPath(), prefer, operation, cancellationToken).ConfigureAwait(false);
        await foreach (var page in FollowAsync(first, prefer, operation, cancellationToken).ConfigureAwait(false))
        {
            yield return page;
        }
    }

    /// <summary>
    /// <paramref name="first"/>, then the pages its <c>@odata.nextLink</c> leads to, one at a time: the client's
    /// one paging loop, also for a page that came back inside a <c>$batch</c>. A failed page is the last one.
    /// </summary>
    public async IAsyncEnumerable<DataversePage> FollowAsync(
        DataversePage first, IReadOnlyList<string> prefer, string operation, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var page = first;
        yield return page;
        while (page.Outcome.IsSuccess && page.NextLink is { } next)
        {
            page = await PageAsync(next, prefer, operation, cancellationToken).ConfigureAwait(false);
            yield return page;
        }
    }

    /// <summary>All rows of <paramref name="query"/> in one list, and the outcome: for small tables (settings, state).</summary>
    public async Task<(IReadOnlyList<DataverseRow> Rows, DataverseOutcome Outcome)> ListAsync(
        DataverseQuery query, string operation, CancellationToken cancellationToken = default)
    {
        var rows = new List<DataverseRow>();
        await foreach (var page in PagesAsync(query, operation, cancellationToken).ConfigureAwait(false))
        {
            if (!page.Outcome.IsSuccess)
            {
                return (rows, page.Outcome);
            }

            rows.AddRange(page.Rows);
        }

        return (rows, DataverseOutcome.Succeeded(200));
    }

    /// <summary>One page: <paramref name="path"/> is relative to the Web API root, or a nextLink.</summary>
    public async Task<DataversePage> PageAsync(string path, IReadOnlyList<string> prefer, string operation, CancellationToken cancellationToken)
    {
        var reply = await transport.SendAsync(DataverseRequest.Get(path, operation, prefer), cancellationToken).ConfigureAwait(false);
        return reply.Outcome.IsSuccess ? DataversePage.Parse(reply.Body, reply.Outcome) : DataversePage.Failed(reply.Outcome);
    }
}
