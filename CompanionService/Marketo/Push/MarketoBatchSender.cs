using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Push;

/// <summary>
/// Sends any number of prepared input records to one push endpoint in calls of at most
/// <see cref="MarketoOptions.BatchSize"/>, several calls at once (the rate gate caps them), and writes
/// each record's fate at its input position. After a QuotaExhausted or Stopped call, no further call of
/// the batch is started: the remaining records come back NotSent, retryable.
/// </summary>
public sealed class MarketoBatchSender(
    MarketoTransport transport, IOptions<MarketoOptions> options, ILogger<MarketoBatchSender> logger)
{
    /// <summary>
    /// Sends <paramref name="items"/> (input index, JSON record; keys already unique) and fills
    /// <paramref name="outcomes"/> at those indexes. Returns the most serious call-level outcome.
    /// </summary>
    public async Task<MarketoCallOutcome> SendAsync(
        MarketoPushCall call,
        IReadOnlyList<(int Index, JsonObject Record)> items,
        MarketoOutcome?[] outcomes,
        CancellationToken cancellationToken)
    {
        var chunks = items.Chunk(options.Value.BatchSize).ToList();
        var worst = MarketoCallOutcome.Succeeded;
        var sync = new Lock();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Value.MaxConcurrentCalls,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(chunks, parallel, async (chunk, ct) =>
        {
            MarketoCallOutcome? halted;
            lock (sync)
            {
                halted = worst.Kind is MarketoCallOutcomeKind.QuotaExhausted or MarketoCallOutcomeKind.Stopped ? worst : null;
            }

            var (callOutcome, chunkOutcomes) = halted is null
                ? await SendChunkAsync(call, chunk, ct).ConfigureAwait(false)
                : (halted, MarketoResultMapper.NotSent(chunk.Length, halted));
            lock (sync)
            {
                worst = MarketoCallOutcome.Worst(worst, callOutcome);
                for (var j = 0; j < chunk.Length; j++)
                {
                    outcomes[chunk[j].Index] = chunkOutcomes[j];
                }
            }
        }).ConfigureAwait(false);
        return worst;
    }

    /// <summary>
    /// The whole push of one resource: drops earlier duplicates of a key (Decision 5), sends the rest,
    /// and returns one outcome per input, in input order.
    /// </summary>
    public async Task<MarketoPushResult> PushAsync<T>(
        MarketoPushCall call,
        IReadOnlyList<T> inputs,
        Func<T, string?> key,
        string keyName,
        Func<T, JsonObject> toRecord,
        CancellationToken cancellationToken)
    {
        var outcomes = new MarketoOutcome?[inputs.Count];
        var survivors = MarketoBatchDeduplicator.Supersede(
            inputs, Enumerable.Range(0, inputs.Count).ToList(), key, outcomes, keyName, StringComparer.OrdinalIgnoreCase);
        var items = survivors.Select(i => (i, toRecord(inputs[i]))).ToList();
        var outcome = items.Count == 0
            ? MarketoCallOutcome.Succeeded
            : await SendAsync(call, items, outcomes, cancellationToken).ConfigureAwait(false);
        return Finish(call, outcome, outcomes);
    }

    /// <summary>Completes <paramref name="outcomes"/> into a result and logs the totals.</summary>
    public MarketoPushResult Finish(MarketoPushCall call, MarketoCallOutcome outcome, MarketoOutcome?[] outcomes)
    {
        var records = outcomes.Select(o => o ?? MarketoOutcome.NotSent("Not sent: the client made no decision.")).ToArray();
        var result = new MarketoPushResult(outcome, records);
        Log.Pushed(logger, call.Operation, records.Length, result.SucceededCount, result.SkippedCount,
            result.NotSentCount, outcome.ToString());
        return result;
    }

    private async Task<(MarketoCallOutcome, MarketoOutcome[])> SendChunkAsync(
        MarketoPushCall call, (int Index, JsonObject Record)[] chunk, CancellationToken ct)
    {
        var input = new JsonArray(chunk.Select(item => (JsonNode?)item.Record.DeepClone()).ToArray());
        var request = MarketoRequest.Post(call.Path, MarketoJson.Body(call.Body(input)), call.Kind, call.Operation);
        var response = await transport.SendAsync(request, ct).ConfigureAwait(false);
        if (!response.Outcome.IsSuccess)
        {
            return (response.Outcome, MarketoResultMapper.NotSent(chunk.Length, response.Outcome));
        }

        if (response.Rejection is { } rejection)
        {
            // 701/704/709 for the call as a whole: every record of it learns the refusal.
            var refused = MarketoResultMapper.Refused(rejection.Code, rejection.Message ?? "Refused by Marketo.", call.Kind);
            return (response.Outcome, Enumerable.Repeat(refused, chunk.Length).ToArray());
        }

        var results = response.Items<MarketoRecordResult>();
        return (response.Outcome, MarketoResultMapper.Map(results, chunk.Length, call.Kind));
    }
}
