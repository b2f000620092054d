using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Push;

/// <summary>
/// Sends any number of prepared input records to one push endpoint in calls of at most
/// <see cref="MarketoOptions.BatchSize"/>, several calls at once (the rate gate caps them), and returns each
/// record's fate by its input position. After a QuotaExhausted or Stopped call, no further call of the batch
/// is started: the remaining records come back NotSent, retryable.
/// </summary>
public sealed class MarketoBatchSender(
    MarketoTransport transport, IOptions<MarketoOptions> options, ILogger<MarketoBatchSender> logger)
{
    /// <summary>
    /// Sends <paramref name="items"/> (input index, JSON record; keys already unique). Returns the most serious
    /// call-level outcome and the fate of every item.
    /// </summary>
    public async Task<MarketoBatchOutcome> SendAsync(
        MarketoPushCall call,
        IReadOnlyList<(int Index, JsonObject Record)> items,
        CancellationToken cancellationToken)
    {
        var chunks = items.Chunk(options.Value.BatchSize).Select((chunk, n) => (Chunk: chunk, Number: n)).ToList();
        var decided = new DecidedRecord[chunks.Count][];
        var worst = MarketoCallOutcome.Succeeded;
        var sync = new Lock();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Value.MaxConcurrentCalls,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(chunks, parallel, async (numbered, ct) =>
        {
            var chunk = numbered.Chunk;
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
            }

            // Each call owns its own slot: the calls' results are joined once all have ended.
            decided[numbered.Number] = [.. chunk.Select((item, j) => new DecidedRecord(item.Index, chunkOutcomes[j]))];
        }).ConfigureAwait(false);
        return new MarketoBatchOutcome(worst, [.. decided.SelectMany(d => d)]);
    }

    /// <summary>
    /// The whole push of one resource: drops earlier duplicates of a key (Decision 5), sends the rest,
    /// and returns one outcome per input, in input order. Keys are compared by their own equality: a
    /// <see cref="MsiDynamics.Schema.RecordId"/> by its GUID, so the case of an external id never matters.
    /// </summary>
    public async Task<MarketoPushResult> PushAsync<T, TKey>(
        MarketoPushCall call,
        IReadOnlyList<T> inputs,
        Func<T, TKey?> key,
        string keyName,
        Func<T, JsonObject> toRecord,
        CancellationToken cancellationToken)
        where TKey : notnull
    {
        var selection = MarketoBatchDeduplicator.Supersede(inputs, Enumerable.Range(0, inputs.Count).ToList(), key, keyName);
        var items = selection.Survivors.Select(i => (i, toRecord(inputs[i]))).ToList();
        var sent = items.Count == 0
            ? new MarketoBatchOutcome(MarketoCallOutcome.Succeeded, [])
            : await SendAsync(call, items, cancellationToken).ConfigureAwait(false);
        return Finish(call, sent.Call, inputs.Count, [.. selection.Superseded, .. sent.Records]);
    }

    /// <summary>
    /// Puts the <paramref name="decided"/> records of a push of <paramref name="inputCount"/> inputs in input
    /// order (an input nothing decided comes back NotSent), and logs the totals.
    /// </summary>
    public MarketoPushResult Finish(MarketoPushCall call, MarketoCallOutcome outcome, int inputCount, IEnumerable<DecidedRecord> decided)
    {
        var byIndex = new MarketoOutcome?[inputCount];
        foreach (var record in decided)
        {
            byIndex[record.Index] = record.Outcome;
        }

        var records = byIndex.Select(o => o ?? MarketoOutcome.NotSent("Not sent: the client made no decision.")).ToArray();

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
