using MsiDynamics.CompanionService.Dataverse.Transport;

namespace MsiDynamics.CompanionService.Dataverse.DrainLease;

/// <summary>
/// Today's share of the process's running <see cref="DataverseCosts"/>: the count is taken as the day's baseline when
/// the first reading of a new UTC day is made, so requests sent between midnight and that reading (at most one renewal
/// interval) count to the new day. On the process's first day the count starts at its start.
/// </summary>
internal sealed class DayCostsCounter(DataverseCosts costs, TimeProvider time)
{
    private readonly Lock _gate = new();
    private DateOnly? _day;
    private long _baseRequests;
    private long _baseOperations;

    /// <summary>The costs of the UTC day it is now.</summary>
    public DataverseDayCosts Today()
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        lock (_gate)
        {
            if (_day != today)
            {
                if (_day is not null)
                {
                    (_baseRequests, _baseOperations) = (costs.Requests, costs.Operations);
                }

                _day = today;
            }

            return new DataverseDayCosts(today, costs.Requests - _baseRequests, costs.Operations - _baseOperations);
        }
    }
}
