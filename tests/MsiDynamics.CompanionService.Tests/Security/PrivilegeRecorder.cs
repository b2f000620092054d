namespace MsiDynamics.CompanionService.Tests.Security;

/// <summary>
/// A handler at the end of the worker's Dataverse HTTP pipeline that notes, for every request the client sends, the
/// privileges it implies (<see cref="ImpliedPrivileges"/>), the requests inside a <c>$batch</c> included.
/// </summary>
internal sealed class PrivilegeRecorder(PrivilegeLog log) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var headers = string.Join("\n", request.Headers.Select(h => h.Key + ": " + string.Join(",", h.Value)));
        var path = request.RequestUri!.AbsolutePath;
        var webApi = path.IndexOf("/api/data/v9.2/", StringComparison.Ordinal);
        var relative = webApi < 0 ? path : path[(webApi + "/api/data/v9.2/".Length)..];
        if (relative == "$batch")
        {
            foreach (var part in ImpliedPrivileges.BatchParts(body))
            {
                log.Add(ImpliedPrivileges.Of(part.Method, part.Path, part.Headers, part.Body));
            }
        }
        else
        {
            log.Add(ImpliedPrivileges.Of(request.Method.Method, relative, headers, body));
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
