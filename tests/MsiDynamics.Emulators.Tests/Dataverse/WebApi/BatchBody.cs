using System.Text;
using System.Text.RegularExpressions;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>
/// Writes a <c>$batch</c> body by hand, exactly as the batch article shows it (CRLF lines, application/http parts,
/// change sets with Content-ID), and reads the statuses out of the answer.
/// </summary>
internal sealed class BatchBody
{
    private readonly string _boundary = "batch_" + Guid.NewGuid().ToString("N");
    private readonly StringBuilder _body = new();

    public string ContentType => $"multipart/mixed; boundary=\"{_boundary}\"";

    public BatchBody Request(string method, string url, string? json = null, params string[] headers)
    {
        _body.Append("--").Append(_boundary).Append("\r\n");
        Part(_body, method, url, json, null, headers);
        return this;
    }

    /// <summary>A change set of (method, url, json, Content-ID) requests.</summary>
    public BatchBody ChangeSet(params (string Method, string Url, string? Json, string? ContentId)[] requests)
    {
        var boundary = "changeset_" + Guid.NewGuid().ToString("N");
        _body.Append("--").Append(_boundary).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=\"").Append(boundary).Append("\"\r\n\r\n");
        foreach (var (method, url, json, contentId) in requests)
        {
            _body.Append("--").Append(boundary).Append("\r\n");
            Part(_body, method, url, json, contentId, []);
        }

        _body.Append("--").Append(boundary).Append("--\r\n");
        return this;
    }

    public HttpContent ToContent()
    {
        var content = new StringContent(_body.ToString() + "--" + _boundary + "--\r\n", Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        return content;
    }

    /// <summary>The status of every response part, change set parts included, in order.</summary>
    public static int[] Statuses(WebApiAnswer answer) =>
        [.. Regex.Matches(answer.Body, @"^HTTP/1\.1 (\d{3}) ", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static void Part(StringBuilder body, string method, string url, string? json, string? contentId, string[] headers)
    {
        body.Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId is not null)
        {
            body.Append("Content-ID: ").Append(contentId).Append("\r\n");
        }

        body.Append("\r\n").Append(method).Append(' ').Append(url).Append(" HTTP/1.1\r\n");
        foreach (var header in headers)
        {
            body.Append(header).Append("\r\n");
        }

        if (json is not null)
        {
            body.Append("Content-Type: application/json; type=entry\r\n\r\n").Append(json).Append("\r\n");
        }
        else
        {
            body.Append("\r\n");
        }
    }
}
