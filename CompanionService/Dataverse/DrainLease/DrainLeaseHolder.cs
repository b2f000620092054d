using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Transport;

namespace MsiDynamics.CompanionService.Dataverse.DrainLease;

/// <summary>
/// One worker's side of the drain lease (dataverse.md §0.10). A standby reads the row each step and claims it when free
/// or lapsed (one PATCH with <c>If-Match</c>, or the create when there is no row); the holder renews it each step with
/// <c>If-Match</c> on the ETag of its last successful write. A 412 on the renewal stops the holder at once:
/// <see cref="Tenure"/> is cancelled, as it is when the lease lapses by this worker's clock. The holder fences itself by time: <see cref="CanStart"/> admits a call only
/// while the lease, counted from when its last successful claim or renewal was sent, outlasts the call's time-out.
/// </summary>
internal sealed class DrainLeaseHolder(
    DrainLeaseStore store, IOptions<DrainLeaseOptions> options, TimeProvider time, DataverseCosts costs, ILogger<DrainLeaseHolder> logger) : IDisposable
{
    private readonly DrainLeaseOptions _options = options.Value;
    private readonly DayCostsCounter _costs = new(costs, time);
    private DrainLeasePresence? _presence;
    private CancellationTokenSource? _tenure;
    private Guid _id;
    private string _etag = string.Empty;
    private long _validUntilTicks;
    private long _seenExpiryTicks;

    /// <summary>The name this worker writes as the holder.</summary>
    public string Holder => _options.Holder;

    /// <summary>Whether this worker holds the lease (it may still be fenced: see <see cref="CanStart"/>).</summary>
    public bool IsHolding => Volatile.Read(ref _tenure) is { IsCancellationRequested: false };

    /// <summary>Cancelled the moment this worker stops holding the lease (lost, lapsed, released); cancelled already when it holds none.</summary>
    public CancellationToken Tenure => Volatile.Read(ref _tenure) is { } tenure ? tenure.Token : new CancellationToken(true);

    /// <summary>Until when this worker's lease holds, by its own clock: its last successful write's send time plus the lifetime.</summary>
    public DateTimeOffset ValidUntil => new(Interlocked.Read(ref _validUntilTicks), TimeSpan.Zero);

    /// <summary>
    /// For a standby: when the lease it last saw held by another worker lapses, so its next look can come then rather
    /// than a whole renewal interval later (a dead holder's queue is taken over within one lifetime of its last renewal).
    /// </summary>
    public DateTimeOffset SeenExpiry => new(Interlocked.Read(ref _seenExpiryTicks), TimeSpan.Zero);

    /// <summary>Whether a call that may take up to <paramref name="callTimeout"/> may start now: it would end before the lease lapses.</summary>
    public bool CanStart(TimeSpan callTimeout) => IsHolding && ValidUntil - time.GetUtcNow() > callTimeout;

    /// <summary>Steps every renewal interval until <paramref name="stoppingToken"/> is cancelled, then releases the lease.</summary>
    /// <remarks>
    /// A step in flight when the stop comes finishes first: a renewal cut off after Dataverse stored it would leave the
    /// old ETag here, and the release would be refused.
    /// </remarks>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await StepAsync(CancellationToken.None).ConfigureAwait(false);
                await Task.Delay(_options.RenewalInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await ReleaseAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Renews the lease when holding it, else looks whether it can be claimed. One or two requests.</summary>
    public Task<DrainLeaseStep> StepAsync(CancellationToken cancellationToken) =>
        IsHolding ? RenewAsync(cancellationToken) : ClaimAsync(afterDuplicate: false, cancellationToken);

    /// <summary>
    /// For a standby: records that it is there, at most once a <see cref="DrainLeaseOptions.StandbyPresenceInterval"/>
    /// (<see cref="DrainLeasePresence"/>); nothing while holding the lease, whose row already names this worker.
    /// </summary>
    public Task RecordPresenceAsync(CancellationToken cancellationToken) =>
        IsHolding ? Task.CompletedTask : Presence().RecordIfDueAsync(cancellationToken);

    /// <summary>Marks this worker's standby presence row, if it wrote one, as expired now.</summary>
    public Task RemovePresenceAsync(CancellationToken cancellationToken) =>
        _presence is { } presence ? presence.RemoveAsync(cancellationToken) : Task.CompletedTask;

    /// <summary>Gives the lease up: stops at once, then writes its expiry as now so a standby may claim it at its next look.</summary>
    public async Task<DrainLeaseStep> ReleaseAsync(CancellationToken cancellationToken)
    {
        if (!IsHolding)
        {
            return DrainLeaseStep.Standby;
        }

        Stop();
        var (outcome, _) = await store.WriteAsync(_id, _etag, DrainLeaseValue.Of(Holder, time.GetUtcNow(), _costs.Today()), cancellationToken).ConfigureAwait(false);
        DrainLeaseLog.Released(logger, Holder, outcome.ToString());
        return DrainLeaseStep.Released;
    }

    public void Dispose()
    {
        Stop();
        Volatile.Read(ref _tenure)?.Dispose();
    }

    private async Task<DrainLeaseStep> RenewAsync(CancellationToken cancellationToken)
    {
        var sent = time.GetUtcNow();
        if (sent >= ValidUntil)
        {
            Stop();
            DrainLeaseLog.Lapsed(logger, Holder);
            return DrainLeaseStep.Lapsed;
        }

        var value = DrainLeaseValue.Of(Holder, sent + _options.Lifetime, _costs.Today());
        var (outcome, etag) = await store.WriteAsync(_id, _etag, value, cancellationToken).ConfigureAwait(false);
        if (outcome.IsSuccess && etag is not null)
        {
            _etag = etag;
            Interlocked.Exchange(ref _validUntilTicks, value.ExpiresOn.UtcTicks);
            Volatile.Read(ref _tenure)?.CancelAfter(TimeLeft());
            return DrainLeaseStep.Renewed;
        }

        if (outcome.Kind == DataverseOutcomeKind.LostRace)
        {
            Stop();
            DrainLeaseLog.Lost(logger, Holder, outcome.HttpStatus);
            return DrainLeaseStep.Lost;
        }

        DrainLeaseLog.RenewalFailed(logger, Holder, outcome.ToString(), ValidUntil);
        return DrainLeaseStep.RenewalFailed;
    }

    private async Task<DrainLeaseStep> ClaimAsync(bool afterDuplicate, CancellationToken cancellationToken)
    {
        var entry = await store.ReadAsync(cancellationToken).ConfigureAwait(false);
        var sent = time.GetUtcNow();
        var value = DrainLeaseValue.Of(Holder, sent + _options.Lifetime, _costs.Today());
        if (!entry.Outcome.IsSuccess)
        {
            return DrainLeaseStep.Standby;
        }

        if (entry.Id is not { } id)
        {
            var (created, createdETag) = await store.CreateAsync(value, cancellationToken).ConfigureAwait(false);
            return created.HttpStatus == 412 && !afterDuplicate
                ? await ClaimAsync(afterDuplicate: true, cancellationToken).ConfigureAwait(false) // created by another worker first: read it
                : Start(DrainLeaseStore.RowId, created.IsSuccess ? createdETag : null, value);
        }

        var seen = DrainLeaseValue.Parse(entry.Value);
        if (entry.ETag is null || !seen.IsClaimableBy(Holder, sent))
        {
            Interlocked.Exchange(ref _seenExpiryTicks, seen.ExpiresOn.UtcTicks);
            return DrainLeaseStep.Standby;
        }

        var (claimed, etag) = await store.WriteAsync(id, entry.ETag, value, cancellationToken).ConfigureAwait(false);
        return Start(id, claimed.IsSuccess ? etag : null, value);
    }

    private DrainLeaseStep Start(Guid id, string? etag, DrainLeaseValue value)
    {
        if (etag is null)
        {
            return DrainLeaseStep.Standby;
        }

        (_id, _etag) = (id, etag);
        Interlocked.Exchange(ref _validUntilTicks, value.ExpiresOn.UtcTicks);
        Volatile.Read(ref _tenure)?.Dispose();
        Volatile.Write(ref _tenure, new CancellationTokenSource(TimeLeft(), time));
        DrainLeaseLog.Claimed(logger, Holder, value.ExpiresOn);
        return DrainLeaseStep.Claimed;
    }

    /// <summary>Until the lease lapses by this worker's clock, when the tenure ends by itself.</summary>
    private TimeSpan TimeLeft() => TimeSpan.FromTicks(Math.Max(0, ValidUntil.UtcTicks - time.GetUtcNow().UtcTicks));

    private DrainLeasePresence Presence() => _presence ??= new DrainLeasePresence(store, options, time, _costs);

    private void Stop() => Volatile.Read(ref _tenure)?.Cancel();
}
