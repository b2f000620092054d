namespace MsiDynamics.Emulators.Dataverse.WebApi.Faults;

/// <summary>
/// Draws the injected fault of each request from one <see cref="Random"/> seeded with
/// <see cref="DataverseFaultOptions.Seed"/>; a new seed restarts the sequence. Three draws per request: a 429, a 503,
/// a dropped connection; the first that hits wins.
/// </summary>
internal sealed class FaultInjector
{
    private readonly object _gate = new();
    private Random? _random;
    private int _seed;

    public InjectedFault Draw(DataverseFaultOptions options)
    {
        double throttle, unavailable, drop;
        lock (_gate)
        {
            if (_random is null || _seed != options.Seed)
            {
                _seed = options.Seed;
                _random = new Random(options.Seed);
            }

            throttle = _random.NextDouble();
            unavailable = _random.NextDouble();
            drop = _random.NextDouble();
        }

        return throttle < options.ThrottleRate ? InjectedFault.Throttle
            : unavailable < options.ServiceUnavailableRate ? InjectedFault.ServiceUnavailable
            : drop < options.DropConnectionRate ? (options.DropAfterWork ? InjectedFault.DropAfterWork : InjectedFault.DropBeforeWork)
            : InjectedFault.None;
    }
}

