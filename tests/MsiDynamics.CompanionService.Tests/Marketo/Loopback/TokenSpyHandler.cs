namespace MsiDynamics.CompanionService.Tests.Marketo.Loopback;

/// <summary>The handler that feeds a <see cref="TokenSpy"/>.</summary>
internal sealed class TokenSpyHandler(TokenSpy spy) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        spy.Saw(request);
        var response = await base.SendAsync(request, cancellationToken);
        spy.Answered(request);
        return response;
    }
}
