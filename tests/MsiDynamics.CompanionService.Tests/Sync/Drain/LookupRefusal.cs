using System.Net;
using System.Text;

namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>
/// A handler on the worker's Marketo calls that, while <see cref="Refusing"/>, answers every read of leads by
/// <c>externalPersonId</c> as Marketo's gateway answers an outage (503 with an HTML body, marketo.md §2) and lets every
/// other call through.
/// </summary>
internal sealed class LookupRefusal : DelegatingHandler
{
    public bool Refusing { get; set; }

    public int Refused { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Refusing && request.RequestUri!.AbsolutePath.EndsWith("/leads.json", StringComparison.Ordinal) && request.Content is { } content
            && (await content.ReadAsStringAsync(cancellationToken)).Contains("filterType=externalPersonId", StringComparison.Ordinal))
        {
            Refused++;
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            {
                Content = new StringContent("<html><body>Service Unavailable</body></html>", Encoding.UTF8, "text/html"),
            };
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
