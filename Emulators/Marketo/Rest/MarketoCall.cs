using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>One REST call being answered: the emulator's state, the parsed request and answer builders.</summary>
internal sealed class MarketoCall
{
    private MarketoCall(MarketoContext context, MarketoRequest request)
    {
        Context = context;
        Request = request;
    }

    public MarketoContext Context { get; }

    public MarketoRequest Request { get; }

    public MarketoStore Store => Context.Store;

    public DateTimeOffset Now => Context.Time.GetUtcNow();

    public static MarketoCall For(HttpContext http)
    {
        var request = MarketoRequestReader.Stored(http)
            ?? throw new InvalidOperationException("The call guard did not read this request.");
        return new MarketoCall(http.RequestServices.GetRequiredService<MarketoContext>(), request);
    }

    /// <summary>A response-level error, with Marketo's message unless one is given (§2, §5.2).</summary>
    public MarketoResponse Fail(string code, string? message = null) =>
        MarketoResponse.Json(Context.Envelope.Failure(code, message ?? MarketoErrors.MessageFor(code)));

    /// <summary>701 "%s cannot be blank" (§5.2).</summary>
    public MarketoResponse Blank(string parameter) =>
        Fail(MarketoErrors.Blank, MarketoErrors.BlankMessage(parameter));

    public MarketoResponse Ok(JsonArray result, string? nextPageToken = null, bool? moreResult = null) =>
        MarketoResponse.Json(Context.Envelope.Success(result, nextPageToken, moreResult));

    /// <summary>Counts records sent to this endpoint, for <see cref="MarketoTraffic.RecordsByEndpoint"/>.</summary>
    public void CountRecords(int count) => Context.Traffic.AddRecords(Request.Endpoint, count);

    /// <summary>
    /// Checks an input batch: present, and at most 300 records, the Lead Database batch limit
    /// (marketo.md §3.1, §5.1). Past the limit the whole call is refused with 1003 "Invalid data"
    /// (§5.3 lists 1003 also as a response-level answer); the exact message is not documented.
    /// </summary>
    public MarketoResponse? CheckBatch(JsonArray? input, string name = "input")
    {
        if (input is null || input.Count == 0)
        {
            return Blank(name);
        }

        CountRecords(input.Count);
        return input.Count > MarketoLimits.BatchSize
            ? Fail(MarketoErrors.InvalidData, $"Invalid data: {input.Count} records in {name}; the limit is {MarketoLimits.BatchSize}")
            : null;
    }
}
