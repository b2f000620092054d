using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.DrainLease;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// The write-back under <c>run</c>: every <see cref="WriteBackOptions.Interval"/>, when this worker holds the drain lease
/// (dataverse.md §0.10), one cycle under the lease's tenure, so a worker that loses the lease stops writing at once and
/// two workers never write back together. A standby only waits. Does nothing when <see cref="WriteBackOptions.Enabled"/>
/// is false. A failed cycle is logged and the next runs after the interval. Waiting is on the <see cref="TimeProvider"/>.
/// </summary>
public sealed class WriteBackLoop
{
    private readonly IServiceScopeFactory scopes;
    private readonly DrainLeaseHolder holder;
    private readonly IOptions<WriteBackOptions> options;
    private readonly TimeProvider time;
    private readonly ILogger<WriteBackLoop> logger;

    internal WriteBackLoop(
        IServiceScopeFactory scopes, DrainLeaseHolder holder, IOptions<WriteBackOptions> options, TimeProvider time, ILogger<WriteBackLoop> logger) =>
        (this.scopes, this.holder, this.options, this.time, this.logger) = (scopes, holder, options, time, logger);

    /// <summary>Runs until <paramref name="stoppingToken"/> is cancelled: <c>run</c> beside the drain runner, and the sandbox.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }

        WriteBackLog.Started(logger, o.Interval, o.ReconcileTimeOfDay, o.Columns);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (holder.IsHolding)
                {
                    await RunCycleAsync(stoppingToken).ConfigureAwait(false);
                }

                await Task.Delay(o.Interval, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped: the cycle in hand ended with the lease's tenure or the host.
        }
    }

    private async Task RunCycleAsync(CancellationToken stoppingToken)
    {
        using var tenure = CancellationTokenSource.CreateLinkedTokenSource(holder.Tenure, stoppingToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WriteBackCycle>().RunScheduledAsync(tenure.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (tenure.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            // The lease ended mid-cycle: positions saved so far stand; the next holder continues from them.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            WriteBackLog.CycleFailed(logger, ex);
        }
    }
}
