using System.Globalization;
using System.Text.Json.Nodes;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Position-based paging of Lead Database queries: <c>batchSize</c> (default and maximum 300) and a
/// <c>nextPageToken</c> returned with <c>moreResult:true</c> while results remain (marketo.md §2,
/// §3.1; DEV paging-tokens.md "Position-Based").
/// </summary>
internal sealed record Paging(int Offset, int BatchSize)
{
    /// <summary>The paging of a call, or null when batchSize or nextPageToken is invalid.</summary>
    public static Paging? Read(MarketoCall call)
    {
        if (ReadBatchSize(call) is not { } batchSize)
        {
            return null;
        }

        var offset = 0L;
        var token = call.Request.Param("nextPageToken");
        if (token is not null && !PageToken.TryRead(token, 'p', out offset))
        {
            return null;
        }

        return new Paging((int)Math.Min(offset, int.MaxValue), batchSize);
    }

    /// <summary>The <c>batchSize</c> of a call: 1–300, default 300; null when invalid.</summary>
    public static int? ReadBatchSize(MarketoCall call)
    {
        if (call.Request.Param("batchSize") is not { } text)
        {
            return MarketoLimits.BatchSize;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= MarketoLimits.BatchSize
            ? size
            : null;
    }

    /// <summary>The answer for one page of <paramref name="total"/> matches.</summary>
    public static MarketoResponse Answer(MarketoCall call, JsonArray page, Paging paging, int total)
    {
        var next = paging.Offset + page.Count;
        return next < total
            ? call.Ok(page, PageToken.Encode($"p:{next}"), moreResult: true)
            : call.Ok(page);
    }
}
