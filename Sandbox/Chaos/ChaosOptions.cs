using System.Globalization;

namespace MsiDynamics.Sandbox.Chaos;

/// <summary>
/// The size of a chaos run: <c>--operations</c> random CRM operations from <c>--users</c> concurrent users, <c>--kills</c>
/// abrupt kills spread over <c>--workers</c> worker processes, every random draw from <c>--seed</c>; <c>--details</c> names
/// a file for every difference and dead letter, where the report shows the first few.
/// </summary>
internal sealed record ChaosOptions(int Operations = 10_000, int Seed = 20261202, int Kills = 20, int Workers = 3, int Users = 4, string? Details = null)
{
    public const string Usage =
        "chaos [--operations <n>] [--seed <n>] [--kills <n>] [--workers <n>] [--users <n>] [--details <file>]   "
        + "defaults: 10000 operations, seed 20261202, 20 kills, 3 workers, 4 users";

    /// <summary>Reads the options after <c>chaos</c>; null with <paramref name="error"/> when one is unknown or not a number.</summary>
    public static ChaosOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new ChaosOptions();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--details" && i + 1 < args.Count)
            {
                options = options with { Details = args[++i] };
                continue;
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                error = $"'{args[i]}' needs a whole number after it.";
                return null;
            }

            options = args[i] switch
            {
                "--operations" => options with { Operations = value },
                "--seed" => options with { Seed = value },
                "--kills" => options with { Kills = value },
                "--workers" => options with { Workers = Math.Max(1, value) },
                "--users" => options with { Users = Math.Max(1, value) },
                _ => null!,
            };
            if (options is null)
            {
                error = $"Unknown option '{args[i]}'.";
                return null;
            }

            i++;
        }

        return options;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Operations:N0} operations from {Users} users, {Workers} workers killed {Kills} times, seed {Seed}");
}
