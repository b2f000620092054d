using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Marketo's response envelope (marketo.md §2): <c>requestId</c> ("hex#hex"), <c>success</c>,
/// <c>result</c> or <c>errors</c> [{code (string), message}], and paging fields when there is a next page.
/// </summary>
internal sealed class MarketoEnvelope
{
    private readonly TimeProvider _time;
    private long _counter = 0x1a2b;

    public MarketoEnvelope(TimeProvider time) => _time = time;

    /// <summary>A request id of the form "e42b#14272d07d78": a counter and the time in ms, both hex (§2).</summary>
    public string NewRequestId()
    {
        var sequence = Interlocked.Increment(ref _counter);
        return $"{sequence:x}#{_time.GetUtcNow().ToUnixTimeMilliseconds():x}";
    }

    /// <summary>A successful answer; <c>result</c> is written even when empty (§2, "Empty search").</summary>
    public JsonObject Success(JsonArray result, string? nextPageToken = null, bool? moreResult = null)
    {
        var body = new JsonObject { ["requestId"] = NewRequestId(), ["success"] = true, ["result"] = result };
        AddPaging(body, nextPageToken, moreResult);
        return body;
    }

    /// <summary>A successful answer without a result member (paging-token calls, empty activity pages).</summary>
    public JsonObject SuccessWithoutResult(string? nextPageToken = null, bool? moreResult = null)
    {
        var body = new JsonObject { ["requestId"] = NewRequestId(), ["success"] = true };
        AddPaging(body, nextPageToken, moreResult);
        return body;
    }

    /// <summary>A response-level error: HTTP 200, <c>success:false</c>, one error with a string code (§2).</summary>
    public JsonObject Failure(string code, string message) => new()
    {
        ["requestId"] = NewRequestId(),
        ["success"] = false,
        ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
    };

    private static void AddPaging(JsonObject body, string? nextPageToken, bool? moreResult)
    {
        if (nextPageToken is not null)
        {
            body["nextPageToken"] = nextPageToken;
        }

        if (moreResult is { } more)
        {
            body["moreResult"] = more;
        }
    }
}
