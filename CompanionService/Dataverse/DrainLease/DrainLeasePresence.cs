using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MsiDynamics.CompanionService.Dataverse.DrainLease;

/// <summary>
/// A standby's trace in <c>msi_syncstate</c>, so <c>status</c> can name the workers ready to take over: a row
/// <c>drain-standby:&lt;holder&gt;</c> whose value reads like the lease's (<see cref="DrainLeaseValue"/>: until when the
/// standby counts as present, and its Dataverse costs today). Written by upsert (one PATCH, one operation) at most once
/// each <see cref="DrainLeaseOptions.StandbyPresenceInterval"/> — 288 writes a day per standby by default — and
/// present until that interval plus one renewal interval has passed; marked expired when its worker stops.
/// </summary>
internal sealed class DrainLeasePresence(DrainLeaseStore store, IOptions<DrainLeaseOptions> options, TimeProvider time, DayCostsCounter costs)
{
    /// <summary>The start of every presence row's <c>msi_name</c>.</summary>
    public const string RowPrefix = "drain-standby:";

    private readonly DrainLeaseOptions _options = options.Value;
    private DateTimeOffset _next = DateTimeOffset.MinValue;
    private bool _written;

    /// <summary>The presence row's name for <paramref name="holder"/>.</summary>
    public static string RowName(string holder) => RowPrefix + holder;

    /// <summary>The presence row's id: the same for a name in every process, so a write is an upsert of one row.</summary>
    public static Guid RowId(string holder)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(RowName(holder)));
        return new Guid(hash.AsSpan(0, 16));
    }

    /// <summary>Writes the row when the last write is an interval old (or there was none); else nothing.</summary>
    public async Task RecordIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < _next)
        {
            return;
        }

        var value = DrainLeaseValue.Of(_options.Holder, now + _options.PresenceInterval + _options.RenewalInterval, costs.Today());
        var outcome = await store.UpsertAsync(RowId(_options.Holder), RowName(_options.Holder), value, cancellationToken).ConfigureAwait(false);
        if (outcome.IsSuccess)
        {
            _next = now + _options.PresenceInterval;
            _written = true;
        }
    }

    /// <summary>
    /// Marks the row this worker wrote, if any, as expired now (an upsert, like every write of it: the integration role
    /// may create and write <c>msi_syncstate</c> rows but not delete them), so a stopped worker is not listed.
    /// </summary>
    public async Task RemoveAsync(CancellationToken cancellationToken)
    {
        if (!_written)
        {
            return;
        }

        var now = time.GetUtcNow();
        await store.UpsertAsync(RowId(_options.Holder), RowName(_options.Holder), DrainLeaseValue.Of(_options.Holder, now, costs.Today()), cancellationToken)
            .ConfigureAwait(false);
        (_written, _next) = (false, DateTimeOffset.MinValue);
    }
}
