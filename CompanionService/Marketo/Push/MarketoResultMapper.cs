using MsiDynamics.CompanionService.Marketo.Errors;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Marketo.Push;

/// <summary>
/// Gives every input of one Marketo call its own fate. Pure. Marketo does not echo keys, so results are
/// matched by <c>seq</c> when present and by position otherwise (marketo.md §2; Marketo/REST-Sample-Code#13).
/// </summary>
internal static class MarketoResultMapper
{
    /// <summary>Outcomes for <paramref name="inputCount"/> inputs, from the call's <c>result[]</c>.</summary>
    public static MarketoOutcome[] Map(
        IReadOnlyList<MarketoRecordResult> results, int inputCount, MarketoOperationKind kind)
    {
        var outcomes = new MarketoOutcome?[inputCount];
        var bySeq = results.Count > 0 && results.All(r => r.Seq is not null);
        for (var position = 0; position < results.Count; position++)
        {
            var index = bySeq ? results[position].Seq!.Value : position;
            if (index >= 0 && index < inputCount && outcomes[index] is null)
            {
                outcomes[index] = ToOutcome(results[position], kind);
            }
        }

        for (var i = 0; i < inputCount; i++)
        {
            outcomes[i] ??= MarketoOutcome.Skipped(
                null, "Marketo returned no result for this record; it will be sent again.", retryable: true);
        }

        return outcomes!;
    }

    /// <summary>The fate of one record from its result element.</summary>
    public static MarketoOutcome ToOutcome(MarketoRecordResult result, MarketoOperationKind kind)
    {
        switch (result.Status)
        {
            case "created":
                return MarketoOutcome.Created(result.MarketoId);
            case "updated":
                return MarketoOutcome.Updated(result.MarketoId);
            case "deleted":
                return MarketoOutcome.Deleted(result.MarketoId);
        }

        // "skipped", or no status at all (the Push Lead sample shows reasons without one): a failure.
        var reason = result.Reasons is { Count: > 0 } reasons ? reasons[0] : null;
        return Refused(reason?.Code, reason?.Message ?? $"Marketo answered status '{result.Status}' without a reason.", kind);
    }

    /// <summary>
    /// The fate of a record Marketo refused with <paramref name="code"/>, either in its own result or for
    /// the whole call (701, 704, 709).
    /// </summary>
    public static MarketoOutcome Refused(string? code, string message, MarketoOperationKind kind) =>
        code is null
            ? MarketoOutcome.Skipped(null, message, retryable: false)
            : MarketoErrorClassifier.Classify(200, code, kind) switch
        {
            MarketoErrorClass.AlreadyGone => MarketoOutcome.Deleted(null, code, message),
            MarketoErrorClass.RetryRecordLater => MarketoOutcome.Skipped(code, message, retryable: true),
            _ => MarketoOutcome.Skipped(code, message, retryable: false),
        };

    /// <summary>The same fate for every input of a call that did not complete.</summary>
    public static MarketoOutcome[] NotSent(int inputCount, MarketoCallOutcome call)
    {
        var reason = $"Not sent: {call}";
        return Enumerable.Range(0, inputCount).Select(_ => MarketoOutcome.NotSent(reason)).ToArray();
    }
}
