using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.Batch;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Transport;

namespace MsiDynamics.CompanionService.Dataverse.Records;

/// <summary>
/// Reads the current state of many rows of one table by id, in as few requests as the URL limits allow
/// (Decision 7): <c>Microsoft.Dynamics.CRM.In</c> on the primary key through parameter aliases. Ids that
/// fit one URL of <see cref="DataverseOptions.MaxUrlLength"/> (about 700) go as a plain GET; more go as
/// GETs inside one <c>$batch</c>, whose URLs may be up to <see cref="DataverseOptions.MaxBatchUrlLength"/>
/// (about 1400 ids each, 1000 GETs per batch). Ids that match no row are simply absent from the pages.
/// </summary>
internal sealed class CurrentRecordReader(DataverseQueries queries, DataverseBatches batches, DataverseTransport transport, IOptions<DataverseOptions> options)
{
    /// <summary>
    /// The pages of rows of <paramref name="table"/> whose primary key is in <paramref name="ids"/>, with
    /// <paramref name="select"/> (and formatted values when asked; the table of each selected <c>_x_value</c> lookup
    /// always, <see cref="DataverseRow.GetLookupTarget"/>). A failed page is the last one.
    /// </summary>
    public IAsyncEnumerable<DataversePage> ReadAsync(
        DataverseTable table, IEnumerable<Guid> ids, IReadOnlyList<string> select, bool formattedValues = false,
        CancellationToken cancellationToken = default) =>
        ReadByAsync(table, table.PrimaryKey, ids.Distinct().Select(id => id.ToString("D")), select, formattedValues, cancellationToken);

    /// <summary>
    /// The same read by another text column whose values are no longer than a GUID (such as <c>msi_marketoleadid</c>, the
    /// Marketo lead id a lead or contact stands for): the rows whose <paramref name="column"/> is one of <paramref name="values"/>.
    /// </summary>
    public async IAsyncEnumerable<DataversePage> ReadByAsync(
        DataverseTable table, string column, IEnumerable<string> values, IReadOnlyList<string> select, bool formattedValues = false,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var keys = values.Distinct(StringComparer.Ordinal).ToList();
        if (keys.Any(k => k.Length > 36))
        {
            throw new ArgumentException("Values longer than a GUID would overflow the URL sizes this reader plans for.", nameof(values));
        }

        if (keys.Count == 0)
        {
            yield break;
        }

        var perGet = IdsPerUrl(table, select, formattedValues, o.MaxUrlLength, column);
        if (keys.Count <= perGet)
        {
            await foreach (var page in queries.PagesAsync(Query(table, column, keys, select, formattedValues), $"{table}.read", cancellationToken).ConfigureAwait(false))
            {
                yield return page;
            }

            yield break;
        }

        var batch = new DataverseBatch { ContinueOnError = true };
        foreach (var chunk in keys.Chunk(IdsPerUrl(table, select, formattedValues, o.MaxBatchUrlLength, column)))
        {
            var query = Query(table, column, chunk, select, formattedValues);
            batch.Add(BatchOperation.Get(query.ToPath(), query.Preferences(o.MaxPageSize)));
        }

        var result = await batches.ExecuteAsync(batch, $"{table}.read", cancellationToken).ConfigureAwait(false);
        foreach (var answer in result.Results)
        {
            var page = answer.Outcome.IsSuccess ? DataversePage.Parse(answer.Body, answer.Outcome) : DataversePage.Failed(answer.Outcome);
            await foreach (var next in queries.FollowAsync(page, answer.Operation.Prefer, $"{table}.read", cancellationToken).ConfigureAwait(false))
            {
                page = next;
                yield return page;
            }

            if (!page.Outcome.IsSuccess)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// How many ids fit a URL of <paramref name="limit"/> characters, at most a page: every canonical GUID
    /// costs the same, so two measured URLs give the fixed part and the cost per id.
    /// </summary>
    public int IdsPerUrl(DataverseTable table, IReadOnlyList<string> select, bool formattedValues, int limit, string? column = null)
    {
        var one = Length(table, column ?? table.PrimaryKey, [Guid.Empty.ToString("D")], select, formattedValues);
        var perId = Length(table, column ?? table.PrimaryKey, [Guid.Empty.ToString("D"), Guid.Empty.ToString("D")], select, formattedValues) - one;
        var fits = (limit - (one - perId)) / perId;
        if (fits < 1)
        {
            throw new ArgumentException($"Reading {table} with these {select.Count} columns does not fit a URL of {limit} characters.", nameof(select));
        }

        return Math.Min(fits, options.Value.MaxPageSize);
    }

    private int Length(DataverseTable table, string column, IEnumerable<string> keys, IReadOnlyList<string> select, bool formattedValues) =>
        new Uri(transport.WebApiUrl, Query(table, column, keys, select, formattedValues).ToPath()).AbsoluteUri.Length;

    private static DataverseQuery Query(DataverseTable table, string column, IEnumerable<string> keys, IReadOnlyList<string> select, bool formattedValues)
    {
        var query = new DataverseQuery(table.EntitySetName).Select(select).Where(ODataFilter.In(column, keys));
        return formattedValues ? query.WithFormattedValues() : query;
    }
}
