using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Limits;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.Schema;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// Dead letters by reason, biggest group first, with up to <see cref="ExamplesPerReason"/> examples each (the newest).
/// Exact counts come from one aggregate, <c>$apply=filter(msi_status eq 5)/groupby((msi_reason),aggregate($count as count))</c>:
/// <c>msi_reason</c> is the short form the worker stores with <c>msi_lasterror</c> (<see cref="ShortReason"/>). The
/// examples come from one page of the newest 5,000 dead letters. Rows written before that column (no <c>msi_reason</c>)
/// are grouped by the short form of their error as read: from that page, or, when the aggregate counts more of them than
/// it holds, from one page of the newest 5,000 of them alone. A reason with no example in the page gets its own
/// <c>$top=3</c> read, for the <see cref="ExampleReads"/> biggest such. When the aggregate is refused (over 50,000 dead
/// letters) or fails, the groups are those of the newest 5,000 dead letters, as read.
/// </summary>
internal sealed class DeadLetterReader(DataverseQueries queries)
{
    public const int ExamplesPerReason = 3;

    /// <summary>At most this many reasons get a read of their own for examples.</summary>
    public const int ExampleReads = 10;

    private static readonly ODataFilter DeadLettered = ODataFilter.Eq(Q.Status, (int)QueueStatus.DeadLettered);

    public async Task<(DeadLetterSummary Summary, string? Problem)> ReadAsync(CancellationToken cancellationToken)
    {
        var counts = await new QueueAggregates(queries).CountAsync(DeadLettered, [Q.Reason], "status.deadletters.reasons", cancellationToken)
            .ConfigureAwait(false);
        var (newest, more, problem) = await NewestAsync(DeadLettered, "status.deadletters", cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return (DeadLetterSummary.None, $"The dead letters could not be read: {problem}");
        }

        if (!counts.Outcome.IsSuccess)
        {
            // Over the aggregate limit (or refused otherwise): the newest 5,000, grouped as read.
            var sampled = newest.GroupBy(r => r.Reason)
                .Select(g => new DeadLetterGroup(g.Key, g.Count(), [.. g.Take(ExamplesPerReason).Select(r => r.Example)]));
            return (new DeadLetterSummary(newest.Count, more, Order(sampled)), null);
        }

        var exact = counts.Groups.Where(g => g.Values[0] is not null).ToDictionary(g => g.Values[0]!, g => g.Count, StringComparer.Ordinal);
        var unreasoned = counts.Groups.Where(g => g.Values[0] is null).Sum(g => g.Count);
        var legacy = newest.Where(r => !r.Stored).ToList();
        var legacyMore = false;
        if (unreasoned > legacy.Count)
        {
            (legacy, legacyMore, problem) = await NewestAsync(ODataFilter.And(DeadLettered, ODataFilter.Eq(Q.Reason, null)), "status.deadletters.unreasoned", cancellationToken)
                .ConfigureAwait(false);
            if (problem is not null)
            {
                return (DeadLetterSummary.None, $"The dead letters without a stored reason could not be read: {problem}");
            }
        }

        var examples = newest.Concat(legacy).DistinctBy(r => r.Example.QueueRowId).ToLookup(r => r.Reason);
        var totals = new Dictionary<string, long>(exact, StringComparer.Ordinal);
        foreach (var group in legacy.GroupBy(r => r.Reason))
        {
            totals[group.Key] = totals.GetValueOrDefault(group.Key) + group.Count();
        }

        var groups = new List<DeadLetterGroup>();
        var reads = 0;
        foreach (var (reason, count) in totals.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            IReadOnlyList<DeadLetterExample> some = [.. examples[reason].Take(ExamplesPerReason).Select(r => r.Example)];
            if (some.Count == 0 && reads++ < ExampleReads)
            {
                var (rows, _, _) = await NewestAsync(ODataFilter.And(DeadLettered, ODataFilter.Eq(Q.Reason, reason)), "status.deadletters.examples", cancellationToken, ExamplesPerReason)
                    .ConfigureAwait(false);
                some = [.. rows.Select(r => r.Example)];
            }

            groups.Add(new DeadLetterGroup(reason, count, some));
        }

        return (new DeadLetterSummary(exact.Values.Sum() + legacy.Count, legacyMore, groups), null);
    }

    private static List<DeadLetterGroup> Order(IEnumerable<DeadLetterGroup> groups) =>
        [.. groups.OrderByDescending(g => g.Count).ThenBy(g => g.Reason, StringComparer.Ordinal)];

    /// <summary>The newest dead letters matching <paramref name="filter"/>, one page of at most <paramref name="top"/> (5,000 when null).</summary>
    private async Task<(List<DeadLetterRow> Rows, bool More, string? Problem)> NewestAsync(
        ODataFilter filter, string operation, CancellationToken cancellationToken, int? top = null)
    {
        var query = new DataverseQuery(Q.EntitySetName)
            .Select(Q.Id, Q.Entity, Q.RecordId, Q.LastError, Q.Reason, Q.CreatedOn)
            .Where(filter)
            .OrderBy(Q.CreatedOn, descending: true);
        query = top is { } n ? query.Take(n) : query.WithPageSize(DataverseLimits.MaxPageSize);
        var page = await queries.PageAsync(query.ToPath(), query.Preferences(top ?? DataverseLimits.MaxPageSize), operation, cancellationToken)
            .ConfigureAwait(false);
        if (!page.Outcome.IsSuccess)
        {
            return ([], false, page.Outcome.ToString());
        }

        var rows = page.Rows.Select(r =>
        {
            var stored = r.GetString(Q.Reason);
            var example = new DeadLetterExample(r.GetGuid(Q.Id) ?? Guid.Empty, r.GetString(Q.Entity), r.GetString(Q.RecordId), r.GetDate(Q.CreatedOn), r.GetString(Q.LastError));
            return new DeadLetterRow(example, stored ?? ShortReason.Of(example.LastError), stored is not null);
        }).ToList();
        return (rows, page.NextLink is not null, null);
    }

}
