using MsiDynamics.Emulators.Kit.Faults;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Faults;

/// <summary>
/// Draws the injected fault of each request from the rolls of <see cref="DataverseFaultOptions.Seed"/>; a new seed
/// restarts the sequence. Three rolls per request: a 429, a 503, a dropped connection; the first that hits wins.
/// </summary>
internal sealed class FaultInjector
{
    private readonly SeededRolls _rolls = new();

    public InjectedFault Draw(DataverseFaultOptions options)
    {
        Span<double> rolls = stackalloc double[3];
        _rolls.Draw(options.Seed, rolls);
        var (throttle, unavailable, drop) = (rolls[0], rolls[1], rolls[2]);

        return throttle < options.ThrottleRate ? InjectedFault.Throttle
            : unavailable < options.ServiceUnavailableRate ? InjectedFault.ServiceUnavailable
            : drop < options.DropConnectionRate ? (options.DropAfterWork ? InjectedFault.DropAfterWork : InjectedFault.DropBeforeWork)
            : InjectedFault.None;
    }
}

