using System.Collections.Concurrent;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// The describe of each Marketo object the drain fits values to (marketo.md D10), read once and kept for
/// <see cref="Lifetime"/>: one call per object an hour, so a field added or removed in the instance is seen within
/// the hour.
/// </summary>
internal sealed class MarketoDescribes(MarketoClient marketo, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<MarketoObjectType, (MarketoObjectDescription Description, DateTimeOffset ReadAt)> _known = new();

    /// <summary>The description of <paramref name="type"/>, or the failed call's outcome (push nothing of that object then).</summary>
    public async Task<(MarketoObjectDescription? Description, MarketoCallOutcome Outcome)> GetAsync(
        MarketoObjectType type, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_known.TryGetValue(type, out var known) && now - known.ReadAt < Lifetime)
        {
            return (known.Description, MarketoCallOutcome.Succeeded);
        }

        var page = await marketo.Describe.DescribeAsync(type, cancellationToken).ConfigureAwait(false);
        if (!page.Call.IsSuccess || page.Items.Count == 0)
        {
            return (null, page.Call.IsSuccess ? MarketoCallOutcome.Stopped(null, $"Marketo's {type} describe came back empty.") : page.Call);
        }

        _known[type] = (page.Items[0], now);
        return (page.Items[0], page.Call);
    }
}
