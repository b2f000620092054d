namespace MsiDynamics.CompanionService.Sync.Completion;

/// <summary>
/// When a record whose push failed transiently is due again, from how many pushes of it have failed: exponential
/// from <see cref="QueueRetryOptions.BaseDelay"/>, capped at <see cref="QueueRetryOptions.MaxDelay"/>, with "equal"
/// jitter: a random point in the upper half of the step. Full jitter (anywhere from zero) could make a row due at
/// once and spend a push on a record that has just failed; the half kept still spreads rows that failed together
/// (one outage) over the whole upper half of the step, so they do not return in one burst. Pure: the random
/// source is given, a seeded one in tests.
/// </summary>
internal sealed class QueueBackoff(QueueRetryOptions options, Random random)
{
    /// <summary>Pushes of one record before a transient failure dead-letters it.</summary>
    public int MaxAttempts => options.MaxAttempts;

    /// <summary>Whether the push numbered <paramref name="attempt"/> (1 for the first) was the last one allowed.</summary>
    public bool GivesUpAfter(int attempt) => attempt >= options.MaxAttempts;

    /// <summary>The step after push number <paramref name="attempt"/> (1 for the first): base × 2^(attempt−1), capped.</summary>
    public TimeSpan Ceiling(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        // 2^62 ticks is far beyond any cap; clamping the exponent keeps the product finite.
        var factor = Math.Pow(2, Math.Min(attempt - 1, 62));
        var ticks = Math.Min(options.BaseDelay.Ticks * factor, options.MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>The wait after push number <paramref name="attempt"/>: between half the step and the whole step.</summary>
    public TimeSpan Delay(int attempt)
    {
        var ceiling = Ceiling(attempt).Ticks;
        var half = ceiling / 2;
        return TimeSpan.FromTicks(half + (long)(random.NextDouble() * (ceiling - half)));
    }
}
