using System.Text.Json;
using System.Text.Json.Serialization;
using MsiDynamics.CompanionService.Marketo.Errors;

namespace MsiDynamics.CompanionService.Marketo.Transport;

/// <summary>
/// Marketo's response envelope (marketo.md §2): <c>requestId</c>, <c>success</c>, <c>errors[]</c>,
/// <c>result[]</c> (per record, in input order), <c>moreResult</c>, <c>nextPageToken</c>. Errors come back
/// with HTTP 200 and <c>success:false</c>. Results stay as JSON until a client reads its own type.
/// </summary>
public sealed class MarketoEnvelope
{
    public string? RequestId { get; init; }

    public bool Success { get; init; }

    public List<MarketoError>? Errors { get; init; }

    public List<JsonElement>? Result { get; init; }

    public bool MoreResult { get; init; }

    public string? NextPageToken { get; init; }

    /// <summary>The first error, which is the one Marketo means (a failed call carries one).</summary>
    [JsonIgnore]
    public MarketoError? FirstError => Errors is { Count: > 0 } errors ? errors[0] : null;

    /// <summary>
    /// The results read as <typeparamref name="T"/> one by one, as a page of the call that ended as
    /// <paramref name="call"/>: a result that cannot be read (a date in no form Marketo writes, say) is left out
    /// of the items and named in <see cref="MarketoPage{T}.Unreadable"/>, and its neighbours are read (marketo.md D11).
    /// </summary>
    public MarketoPage<T> ReadPage<T>(MarketoCallOutcome call)
    {
        var results = Result ?? [];
        var items = new List<T>(results.Count);
        var unreadable = new List<MarketoUnreadableRecord>();
        for (var position = 0; position < results.Count; position++)
        {
            try
            {
                items.Add(results[position].Deserialize<T>(MarketoJson.Options)!);
            }
            catch (JsonException error)
            {
                unreadable.Add(MarketoUnreadableRecord.Of(position, results[position], error));
            }
        }

        return new MarketoPage<T>(call, items, NextPageToken, MoreResult) { Unreadable = unreadable };
    }

    /// <summary>
    /// The results read as <typeparamref name="T"/>, all or nothing: for results matched to the input by
    /// position (marketo.md §2), where leaving one out would shift the rest. Empty when there are none.
    /// </summary>
    public IReadOnlyList<T> ResultsAs<T>()
    {
        if (Result is null)
        {
            return [];
        }

        var items = new List<T>(Result.Count);
        foreach (var element in Result)
        {
            items.Add(element.Deserialize<T>(MarketoJson.Options)!);
        }

        return items;
    }

    public override string ToString() =>
        $"Marketo response {RequestId}: success={Success}, {Result?.Count ?? 0} results, error {FirstError}";
}
