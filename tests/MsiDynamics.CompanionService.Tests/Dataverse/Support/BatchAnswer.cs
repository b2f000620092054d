using System.Text;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Support;

/// <summary>
/// Writes a <c>$batch</c> answer the way Dataverse does (boundary <c>batchresponse_1</c>, CRLF lines,
/// <c>application/http</c> parts, change sets as nested <c>changesetresponse_…</c> multiparts).
/// </summary>
internal sealed class BatchAnswer
{
    private readonly StringBuilder _body = new();
    private int _changeSets;

    /// <summary>A plain response part: <c>HTTP/1.1 {status}</c>, optional headers, optional JSON body.</summary>
    public BatchAnswer Part(int status, string? body = null, params string[] headers)
    {
        _body.Append("--batchresponse_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
        AppendResponse(status, body, headers);
        return this;
    }

    /// <summary>A change set answered part by part, each with its Content-ID.</summary>
    public BatchAnswer ChangeSet(params (int ContentId, int Status)[] responses)
    {
        var boundary = "changesetresponse_" + ++_changeSets;
        _body.Append("--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=").Append(boundary).Append("\r\n\r\n");
        foreach (var (contentId, status) in responses)
        {
            _body.Append("--").Append(boundary).Append("\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: ")
                .Append(contentId).Append("\r\n\r\n");
            AppendResponse(status, null, [$"OData-EntityId: https://contoso.crm.dynamics.com/api/data/v9.2/tasks({Guid.NewGuid():D})"]);
        }

        _body.Append("--").Append(boundary).Append("--\r\n");
        return this;
    }

    public string Build() => _body + "--batchresponse_1--\r\n";

    private void AppendResponse(int status, string? body, string[] headers)
    {
        _body.Append("HTTP/1.1 ").Append(status).Append(' ').Append(status switch
        {
            200 => "OK", 204 => "No Content", 404 => "Not Found", 412 => "Precondition Failed", _ => "Status",
        }).Append("\r\n");
        foreach (var header in headers.Append("OData-Version: 4.0"))
        {
            _body.Append(header).Append("\r\n");
        }

        if (body is not null)
        {
            _body.Append("Content-Type: application/json; odata.metadata=minimal\r\n\r\n").Append(body).Append("\r\n");
        }
        else
        {
            _body.Append("\r\n");
        }
    }
}
