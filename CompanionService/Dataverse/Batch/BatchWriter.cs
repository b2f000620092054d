using System.Globalization;
using System.Text;

namespace MsiDynamics.CompanionService.Dataverse.Batch;

/// <summary>
/// Writes a <c>$batch</c> body (OData 4.0 §11.7, dataverse.md §6): <c>multipart/mixed</c> with
/// boundary <c>batch_{id}</c>; each request a part with <c>Content-Type: application/http</c> and
/// <c>Content-Transfer-Encoding: binary</c>; a change set a nested <c>multipart/mixed</c> with boundary
/// <c>changeset_{id}</c> whose parts carry a <c>Content-ID</c>. Inner URLs are absolute; lines end in CRLF.
/// </summary>
internal static class BatchWriter
{
    private const string NewLine = "\r\n";

    /// <summary>The body of one HTTP <c>$batch</c> request for <paramref name="parts"/>, and its boundary.</summary>
    public static (string Body, string Boundary) Write(IReadOnlyList<BatchPart> parts, Uri webApiUrl)
    {
        var boundary = "batch_" + Guid.NewGuid().ToString("N");
        var body = new StringBuilder();
        var contentId = 0;
        foreach (var part in parts)
        {
            body.Append("--").Append(boundary).Append(NewLine);
            if (!part.IsChangeSet)
            {
                WriteRequest(body, part.Operations[0], webApiUrl, null);
                continue;
            }

            var changeSet = "changeset_" + Guid.NewGuid().ToString("N");
            body.Append("Content-Type: multipart/mixed; boundary=").Append(changeSet).Append(NewLine).Append(NewLine);
            foreach (var operation in part.Operations)
            {
                body.Append("--").Append(changeSet).Append(NewLine);
                WriteRequest(body, operation, webApiUrl, ++contentId);
            }

            body.Append("--").Append(changeSet).Append("--").Append(NewLine);
        }

        body.Append("--").Append(boundary).Append("--").Append(NewLine);
        return (body.ToString(), boundary);
    }

    private static void WriteRequest(StringBuilder body, BatchOperation operation, Uri webApiUrl, int? contentId)
    {
        body.Append("Content-Type: application/http").Append(NewLine);
        body.Append("Content-Transfer-Encoding: binary").Append(NewLine);
        if (contentId is { } id)
        {
            body.Append("Content-ID: ").Append(id.ToString(CultureInfo.InvariantCulture)).Append(NewLine);
        }

        body.Append(NewLine);
        body.Append(operation.Method.Method).Append(' ').Append(new Uri(webApiUrl, operation.Path).AbsoluteUri).Append(" HTTP/1.1").Append(NewLine);
        if (operation.IfMatch is { } ifMatch)
        {
            body.Append("If-Match: ").Append(ifMatch).Append(NewLine);
        }

        if (operation.Prefer.Count > 0)
        {
            body.Append("Prefer: ").Append(string.Join(",", operation.Prefer)).Append(NewLine);
        }

        if (operation.Body is { } json)
        {
            body.Append("Content-Type: application/json; type=entry").Append(NewLine).Append(NewLine);
            body.Append(json.ToJsonString()).Append(NewLine);
        }
        else
        {
            body.Append(NewLine);
        }
    }
}
