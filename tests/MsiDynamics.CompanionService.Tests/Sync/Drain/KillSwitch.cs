namespace MsiDynamics.CompanionService.Tests.Sync.Drain;

/// <summary>
/// A worker's network cable: once pulled, every request it sends fails as from a machine that is gone, so it can
/// neither push nor release its lease.
/// </summary>
internal sealed class KillSwitch
{
    private volatile bool _pulled;

    public void Pull() => _pulled = true;

    public DelegatingHandler Handler() => new Cut(this);

    private sealed class Cut(KillSwitch owner) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            owner._pulled ? throw new HttpRequestException("The worker's machine is gone.") : base.SendAsync(request, cancellationToken);
    }
}
