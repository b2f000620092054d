using System.Globalization;
using MsiDynamics.Emulators.Kit.Faults;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Draws the faults of each REST call from the rolls of <see cref="MarketoFaultOptions.Seed"/>: two a call (drop,
/// then code) whatever is configured, so the same seed and the same sequence of calls always give the same faults.
/// </summary>
internal sealed class FaultInjector
{
    private readonly SeededRolls _rolls = new();
    private readonly SeededRolls _slowRolls = new();

    /// <summary>Whether to drop the connection, and which code to answer instead of the work (or null).</summary>
    public (bool Drop, string? Code) Draw(MarketoFaultOptions options)
    {
        Span<double> rolls = stackalloc double[2];
        _rolls.Draw(options.Seed, rolls);
        var (dropRoll, codeRoll) = (rolls[0], rolls[1]);

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
    /// Whether to hold the call for <see cref="MarketoFaultOptions.SlowCallDelay"/> first: one roll a call from a
    /// sequence of its own, so the drop and code draws are the same whether slow calls are configured or not.
    /// </summary>
    public bool DrawSlow(MarketoFaultOptions options)
    {
        Span<double> roll = stackalloc double[1];
        _slowRolls.Draw(unchecked(options.Seed ^ SlowSequence), roll);
        return roll[0] < options.SlowCallRate;
    }

    // Tells the slow-call sequence apart from the drop-and-code one of the same seed.
    private const int SlowSequence = 0x510c411;

    /// <summary>
    /// The answer for an injected code: 500, 502 and 503 at the HTTP level, as Marketo's gateway gives them
    /// (marketo.md §2); any other code as a response-level error in the envelope (§5.2).
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
