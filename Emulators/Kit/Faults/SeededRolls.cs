namespace MsiDynamics.Emulators.Kit.Faults;

/// <summary>
/// The random rolls a fault injector draws for each request, from one <see cref="Random"/> seeded with the
/// options' seed; a new seed restarts the sequence. An injector draws the same number of rolls for every request,
/// whatever is configured, so the same seed and the same sequence of requests always give the same faults.
/// Thread-safe.
/// </summary>
public sealed class SeededRolls
{
    private readonly object _gate = new();
    private Random? _random;
    private int _seed;

    /// <summary>Fills <paramref name="rolls"/> with the next values in [0, 1) of the sequence of <paramref name="seed"/>.</summary>
    public void Draw(int seed, Span<double> rolls)
    {
        lock (_gate)
        {
            if (_random is null || _seed != seed)
            {
                _seed = seed;
                _random = new Random(seed);
            }

            for (var i = 0; i < rolls.Length; i++)
            {
                rolls[i] = _random.NextDouble();
            }
        }
    }
}
