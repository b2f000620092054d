namespace MsiDynamics.CompanionService.Dataverse.Transport;

/// <summary>
/// Adds the headers every Web API request carries (dataverse.md §6, "Compose HTTP requests"):
/// <c>Accept: application/json</c>, <c>OData-MaxVersion: 4.0</c>, <c>OData-Version: 4.0</c> and
/// <c>If-None-Match: null</c> (which keeps an intermediate cache from answering a GET). A header the
/// request already has is left as it is.
/// </summary>
internal sealed class ODataHeadersHandler : DelegatingHandler
{
    private static readonly (string Name, string Value)[] Standard =
    [
        ("Accept", "application/json"),
        ("OData-MaxVersion", "4.0"),
        ("OData-Version", "4.0"),
        ("If-None-Match", "null"),
    ];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in Standard)
        {
            if (!request.Headers.Contains(name))
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
