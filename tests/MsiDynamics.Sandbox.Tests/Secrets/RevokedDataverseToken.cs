namespace MsiDynamics.Sandbox.Tests.Secrets;

/// <summary>
/// An HTTP handler in the worker's Dataverse client: while the test says the token is revoked, it drops the <c>Authorization</c>
/// header on the way out, so the emulator answers what Dataverse answers a token it does not accept — 401 with
/// <c>WWW-Authenticate</c> (dataverse.md §6 Auth) — and the worker's handling of a 401 runs for real.
/// </summary>
internal sealed class RevokedDataverseToken : DelegatingHandler
{
    private readonly Func<bool> _revoked;

    public RevokedDataverseToken(Func<bool> revoked) => _revoked = revoked;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_revoked())
        {
            request.Headers.Authorization = null;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
