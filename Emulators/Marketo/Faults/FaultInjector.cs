using System.Globalization;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Draws the faults of each REST call from one <see cref="Random"/> seeded with
/// <see cref="MarketoFaultOptions.Seed"/>. Every call draws twice (drop, then code) whatever is configured,
/// so the same seed and the same sequence of calls always give the same faults.
/// </summary>
internal sealed class FaultInjector
{
    private readonly object _gate = new();
    private Random? _random;
    private int _seed;

    /// <summary>Whether to drop the connection, and which code to answer instead of the work (or null).</summary>
    public (bool Drop, string? Code) Draw(MarketoFaultOptions options)
    {
        double dropRoll, codeRoll;
        lock (_gate)
        {
            if (_random is null || _seed != options.Seed)
            {
                _seed = options.Seed;
                _random = new Random(options.Seed);
            }

            dropRoll = _random.NextDouble();
            codeRoll = _random.NextDouble();
        }

        var cumulative = 0.0;
        foreach (var (code, rate) in options.ErrorRates.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            cumulative += rate;
            if (codeRoll < cumulative)
            {
                return (dropRoll < options.DropConnectionRate, code);
            }
        }

        return (dropRoll < options.DropConnectionRate, null);
    }

    /// <summary>
    /// The answer for an injected code: 500, 502 and 503 at the HTTP level, as Marketo's gateway gives them
    /// (specs/marketo.md §2); any other code as a response-level error in the envelope (§5.2).
    /// </summary>
    public static MarketoResponse Answer(MarketoContext context, string code)
    {
        if (code is "500" or "502" or "503")
        {
            var status = int.Parse(code, CultureInfo.InvariantCulture);
            return MarketoResponse.Http(status, MarketoErrors.MessageFor(code));
        }

        var message = code is MarketoErrors.RateLimit or MarketoErrors.DailyQuota
            ? CallAllowance.MessageFor(code, context.Options)
            : MarketoErrors.MessageFor(code);
        return MarketoResponse.Json(context.Envelope.Failure(code, message));
    }
}
