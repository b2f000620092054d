using System.Net;
using System.Text;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

/// <summary>
/// Answers a table-definitions read (<c>EntityDefinitions(…)/Attributes/…AttributeMetadata</c>) that the emulator does
/// not serve yet (404) with the MSI column lengths of architecture.md §4, in the shape the Web API uses
/// (<see cref="StubMetadata"/>). Every other request, and a definitions read the emulator answers, passes through, so
/// the emulator's own answer wins as soon as it has one.
/// </summary>
internal sealed class MetadataStandIn : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        var at = path.IndexOf("/v9.2/", StringComparison.Ordinal);
        var relative = at < 0 ? path : Uri.UnescapeDataString(path[(at + 6)..]);
        if (response.StatusCode != HttpStatusCode.NotFound || !StubMetadata.IsMetadata(relative))
        {
            return response;
        }

        response.Dispose();
        var answer = StubMetadata.Answer(relative, StubMetadata.MsiText, StubMetadata.MsiMemo);
        return new HttpResponseMessage(answer.Status) { Content = new StringContent(answer.Body, Encoding.UTF8, "application/json") };
    }
}
