using MsiDynamics.Emulators.Dataverse.WebApi.Faults;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Batch;

/// <summary>
/// One part of a multipart body, or one HTTP message inside an <c>application/http</c> part: header lines up to the
/// first empty line, then the content. Lines may end in CRLF (what the batch article requires) or LF (accepted).
/// </summary>
internal sealed class MimePart
{
    private MimePart(IReadOnlyDictionary<string, string> headers, string content, string? firstLine)
    {
        Headers = headers;
        Content = content;
        FirstLine = firstLine;
    }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public string Content { get; }

    /// <summary>The start line of an HTTP message ("PATCH leads(…) HTTP/1.1"); null for a MIME part.</summary>
    public string? FirstLine { get; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>A MIME part: headers, an empty line, content.</summary>
    public static MimePart Parse(string text) => Read(text, withStartLine: false);

    /// <summary>An HTTP request message: its request line, headers, an empty line, body.</summary>
    public static MimePart ParseMessage(string text) => Read(text.TrimStart('\r', '\n'), withStartLine: true);

    private static MimePart Read(string text, bool withStartLine)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? firstLine = null;
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = (end < 0 ? text[position..] : text[position..end]).TrimEnd('\r');
            position = end < 0 ? text.Length : end + 1;
            if (line.Length == 0)
            {
                break;
            }

            if (withStartLine && firstLine is null)
            {
                firstLine = line;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw ApiException.BadRequest($"The batch line '{line}' is not a header ('Name: value').");
            }

            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        return new MimePart(headers, text[position..], firstLine);
    }
}
