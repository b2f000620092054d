using MsiDynamics.Tests.Secrets;

namespace MsiDynamics.Sandbox.Tests.Secrets;

/// <summary>
/// An HTTP handler in the worker's Dataverse client: for the requests the test says the token is revoked for (e.g. only
/// the queue's, so the drain lease is claimed and the cycle meets the 401 midway), it drops the <c>Authorization</c>
/// header on the way out, so the emulator answers what Dataverse answers a token it does not accept — 401 with
/// <c>WWW-Authenticate</c> (dataverse.md §6 Auth) — and the worker's handling of a 401 runs for real.
/// </summary>
internal sealed class RevokedDataverseToken : DelegatingHandler
{
    private readonly Func<HttpRequestMessage, bool> _revoked;

    public RevokedDataverseToken(Func<HttpRequestMessage, bool> revoked) => _revoked = revoked;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_revoked(request))
        {
            request.Headers.Authorization = null;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
