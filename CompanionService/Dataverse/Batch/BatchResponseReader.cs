using System.Globalization;
using System.Net.Http.Headers;

namespace MsiDynamics.CompanionService.Dataverse.Batch;

/// <summary>
/// Reads a <c>$batch</c> answer: <c>multipart/mixed</c> with boundary <c>batchresponse_…</c>, each part an
/// <c>application/http</c> response (<c>HTTP/1.1 204 No Content</c>, headers, body) or a nested
/// <c>changesetresponse_…</c> multipart. Tolerates LF line ends, and a <c>Content-Type</c> without the boundary: the
/// body's first delimiter line names it (dataverse.md §6.1). Returns null when the body is not such a multipart,
/// so the caller reports every request as unknown (it may have run) rather than guessing.
/// </summary>
internal static class BatchResponseReader
{
    /// <summary>The parts of <paramref name="body"/>, whose boundary is in <paramref name="contentType"/> or on its first line.</summary>
    public static IReadOnlyList<BatchPartResponse>? Read(string body, string? contentType)
    {
        var text = body.Replace("\r\n", "\n", StringComparison.Ordinal);
        var boundary = Boundary(contentType) ?? FirstDelimiter(text);
        return boundary is null ? null : ReadParts(text, boundary);
    }

    /// <summary>The boundary the first line names when it is a <c>--batchresponse_…</c> delimiter.</summary>
    private static string? FirstDelimiter(string body)
    {
        var text = body.TrimStart();
        var line = text[..(text.IndexOf('\n', StringComparison.Ordinal) is var end and >= 0 ? end : text.Length)].TrimEnd();
        return line.StartsWith("--batchresponse_", StringComparison.Ordinal) && line.Length > 2 && !line.EndsWith("--", StringComparison.Ordinal)
            ? line[2..]
            : null;
    }

    private static List<BatchPartResponse>? ReadParts(string body, string boundary)
    {
        var segments = body.Split("--" + boundary);
        if (segments.Length < 2)
        {
            return null;
        }

        var parts = new List<BatchPartResponse>();
        foreach (var segment in segments.Skip(1))
        {
            if (segment.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var (headers, content) = SplitHeaders(segment.TrimStart('\n'));
            if (headers.TryGetValue("Content-Type", out var type) && type.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                var nested = Boundary(type) is { } inner ? ReadParts(content, inner) : null;
                if (nested is null)
                {
                    return null;
                }

                parts.Add(new BatchPartResponse(0, headers, string.Empty, nested));
                continue;
            }

            var (statusLine, innerHeaders, innerBody) = SplitResponse(content);
            var fields = statusLine.Split(' ', 3);
            if (fields.Length < 2 || !fields[0].StartsWith("HTTP/", StringComparison.Ordinal)
                || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status is < 100 or > 599)
            {
                return null;
            }

            if (headers.TryGetValue("Content-ID", out var contentId))
            {
                innerHeaders.TryAdd("Content-ID", contentId);
            }

            parts.Add(new BatchPartResponse(status, innerHeaders, innerBody, null));
        }

        return parts;
    }

    private static (string StatusLine, Dictionary<string, string> Headers, string Body) SplitResponse(string content)
    {
        var trimmed = content.TrimStart('\n');
        var end = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var statusLine = end < 0 ? trimmed : trimmed[..end];
        var (headers, body) = SplitHeaders(end < 0 ? string.Empty : trimmed[(end + 1)..]);
        return (statusLine.Trim(), headers, body.Trim('\n', ' '));
    }

    private static (Dictionary<string, string> Headers, string Remainder) SplitHeaders(string text)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (text.StartsWith('\n'))
        {
            return (headers, text[1..]);
        }

        var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        var block = blank < 0 ? text : text[..blank];
        foreach (var line in block.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return (headers, blank < 0 ? string.Empty : text[(blank + 2)..]);
    }

    private static string? Boundary(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
            ? media.Parameters.FirstOrDefault(p => p.Name.Equals("boundary", StringComparison.OrdinalIgnoreCase))?.Value?.Trim('"')
            : null;
}
