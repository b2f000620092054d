using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Transport;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.CompanionService.Operations.Status;

/// <summary>
/// Counts of queue rows (or another table's) by group in one request each: <c>GET msi_syncqueueitems?$apply=filter(…)/groupby((…),aggregate($count as count))</c>
/// (Microsoft Learn, "Aggregate data using OData"). Dataverse aggregates at most 50,000 rows and refuses more with
/// 0x8004e023 "AggregateQueryRecordLimit exceeded" (also worded "The maximum record limit of 50000 is exceeded"); the
/// answer then says so (<see cref="AggregateAnswer.OverLimit"/>), and the caller counts smaller groups or reports a lower bound.
/// </summary>
internal sealed class QueueAggregates(DataverseQueries queries)
{
    /// <summary>Dataverse's aggregate limit (the same documentation page).</summary>
    public const long AggregateLimit = 50_000;

    private const string CountAlias = "count";

    /// <summary>
    /// The rows matching <paramref name="filter"/> (all when null), counted per distinct value of <paramref name="groupBy"/>;
    /// of the queue, or of <paramref name="entitySet"/> when given.
    /// </summary>
    public async Task<AggregateAnswer> CountAsync(
        ODataFilter? filter, IReadOnlyList<string> groupBy, string operation, CancellationToken cancellationToken, string entitySet = Q.EntitySetName)
    {
        var aliases = new ODataAliases();
        var steps = filter is null ? string.Empty : $"filter({filter.Render(aliases)})/";
        steps += groupBy.Count == 0
            ? $"aggregate($count as {CountAlias})"
            : $"groupby(({string.Join(",", groupBy.Select(ODataUri.Name))}),aggregate($count as {CountAlias}))";
        var path = ODataUri.Name(entitySet) + "?$apply=" + ODataUri.Escape(steps) + aliases.ToQueryString();
        var page = await queries.PageAsync(path, [], operation, cancellationToken).ConfigureAwait(false);
        if (!page.Outcome.IsSuccess)
        {
            return new AggregateAnswer([], page.Outcome, IsOverLimit(page.Outcome));
        }

        var groups = page.Rows
            .Select(r => new AggregateGroup([.. groupBy.Select(c => Value(r, c))], r.GetInt(CountAlias) ?? 0))
            .ToList();
        return new AggregateAnswer(groups, page.Outcome, false);
    }

    private static string? Value(DataverseRow row, string column) =>
        row.Element.TryGetProperty(column, out var value) && value.ValueKind != System.Text.Json.JsonValueKind.Null ? value.ToString() : null;

    private static bool IsOverLimit(DataverseOutcome outcome) =>
        outcome.Error is { } error
        && (string.Equals(error.Code, "0x8004e023", StringComparison.OrdinalIgnoreCase)
            || error.Message.Contains("AggregateQueryRecordLimit", StringComparison.OrdinalIgnoreCase)
            || error.Message.Contains("maximum record limit", StringComparison.OrdinalIgnoreCase));
}
