namespace MsiDynamics.CompanionService.Tests.Operations.Backfill;

/// <summary>
/// Kills a backfill at one point of its page loop, as a killed process would stop: its token is cancelled where the
/// point is, so nothing after it is sent. Points: the Nth <c>CreateMultiple</c> before it is sent, after its answer came
/// (before the position write), or the Nth position write after its answer.
/// </summary>
internal sealed class Kill(KillPoint point, int nth) : DelegatingHandler
{
    private int _seen;

    public CancellationTokenSource Process { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var create = request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("CreateMultiple", StringComparison.Ordinal);
        var position = request.RequestUri!.AbsolutePath.Contains("msi_syncstates", StringComparison.Ordinal) && request.Method != HttpMethod.Get;
        var watched = point == KillPoint.AfterPosition ? position : create;
        if (watched && ++_seen == nth && point == KillPoint.BeforeCreate)
        {
            await Process.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            throw new OperationCanceledException(Process.Token);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (watched && _seen == nth && point != KillPoint.BeforeCreate)
        {
            await Process.CancelAsync();
        }

        return response;
    }
}
