using MsiDynamics.Emulators.Dataverse.WebApi.Faults;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Batch;

/// <summary>
/// Reads a <c>multipart/mixed</c> body into its parts: the boundary from the Content-Type
/// (<c>multipart/mixed; boundary="batch_…"</c>, quoted or not), each part between <c>--boundary</c> lines, the
/// body ending at <c>--boundary--</c> (execute-batch-operations-using-web-api).
/// </summary>
internal static class Multipart
{
    public static string? Boundary(string? contentType)
    {
        if (contentType is null || !contentType.TrimStart().StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var parameter in contentType.Split(';', StringSplitOptions.TrimEntries))
        {
            if (parameter.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))
            {
                return parameter["boundary=".Length..].Trim('"');
            }
        }

        return null;
    }

    public static List<MimePart> Parse(string body, string boundary)
    {
        var marker = "--" + boundary;
        var position = body.StartsWith(marker, StringComparison.Ordinal) ? 0 : Next(body, marker, 0);
        if (position < 0)
        {
            throw ApiException.BadRequest($"The multipart body has no part delimited by '{marker}'.");
        }

        var parts = new List<MimePart>();
        while (true)
        {
            position += marker.Length;
            if (string.CompareOrdinal(body, position, "--", 0, 2) == 0)
            {
                return parts;
            }

            var lineEnd = body.IndexOf('\n', position);
            var next = lineEnd < 0 ? -1 : Next(body, marker, lineEnd);
            if (next < 0)
            {
                throw ApiException.BadRequest($"The multipart body does not end with '{marker}--'.");
            }

            // The line break before a delimiter belongs to the delimiter, not to the part.
            var end = next > 0 && body[next - 1] == '\n' ? next - 1 : next;
            end = end > 0 && body[end - 1] == '\r' ? end - 1 : end;
            parts.Add(MimePart.Parse(body[(lineEnd + 1)..Math.Max(end, lineEnd + 1)]));
            position = next;
        }
    }

    // The next delimiter that starts a line, at or after a line break at 'from'.
    private static int Next(string body, string marker, int from)
    {
        var index = from;
        while ((index = body.IndexOf(marker, index, StringComparison.Ordinal)) >= 0)
        {
            if (index == 0 || body[index - 1] == '\n')
            {
                return index;
            }

            index += marker.Length;
        }

        return -1;
    }
}
