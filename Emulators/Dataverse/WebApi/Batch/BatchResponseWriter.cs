using System.Text;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Batch;

/// <summary>
/// Writes the <c>multipart/mixed; boundary=batchresponse_&lt;guid&gt;</c> answer of a <c>$batch</c>, one
/// <c>application/http</c> part per request ("HTTP/1.1 204 No Content", its headers, its body), a change set's
/// answers nested under <c>changesetresponse_&lt;guid&gt;</c> with their Content-ID, lines ending in CRLF
/// (execute-batch-operations-using-web-api). Created rows carry Location as well as OData-EntityId, as there.
/// </summary>
internal sealed class BatchResponseWriter
{
    private readonly string _boundary = "batchresponse_" + Guid.NewGuid().ToString("D");
    private readonly StringBuilder _body = new();

    public string ContentType => "multipart/mixed; boundary=" + _boundary;

    public void Add(ApiResponse response, string? contentId)
    {
        _body.Append("--").Append(_boundary).Append("\r\n");
        WritePart(_body, response, contentId);
    }

    public void AddChangeSet(IEnumerable<(ApiResponse Response, string? ContentId)> answers)
    {
        var boundary = "changesetresponse_" + Guid.NewGuid().ToString("D");
        _body.Append("--").Append(_boundary).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(boundary).Append("\r\n\r\n");
        foreach (var (response, contentId) in answers)
        {
            _body.Append("--").Append(boundary).Append("\r\n");
            WritePart(_body, response, contentId);
        }

        _body.Append("--").Append(boundary).Append("--\r\n");
    }

    public string Finish() => _body.Append("--").Append(_boundary).Append("--\r\n").ToString();

    private static void WritePart(StringBuilder body, ApiResponse response, string? contentId)
    {
        body.Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId is not null)
        {
            body.Append("Content-ID: ").Append(contentId).Append("\r\n");
        }

        body.Append("\r\nHTTP/1.1 ").Append(response.Status).Append(' ').Append(response.ReasonPhrase).Append("\r\n");
        foreach (var (name, value) in response.Headers)
        {
            body.Append(name).Append(": ").Append(value).Append("\r\n");
            if (name == "OData-EntityId")
            {
                body.Append("Location: ").Append(value).Append("\r\n");
            }
        }

        if (response.ContentType is not null)
        {
            body.Append("Content-Type: ").Append(response.ContentType).Append("\r\n");
        }

        body.Append("\r\n").Append(response.Body).Append("\r\n");
    }
}
