namespace MsiDynamics.Emulators.Dataverse;

/// <summary>
/// Faults the Dataverse emulator injects into Web API requests, for resilience and chaos tests (architecture.md §7, §8).
/// Every request past authentication and the service protection limits draws from one <see cref="System.Random"/>
/// seeded with <see cref="Seed"/> (three draws a request, whatever is configured), so the same seed and the same
/// sequence of requests give the same faults. Values are read on every request. Nothing is injected by default.
/// A <c>$batch</c> draws once, for the whole batch.
/// </summary>
public sealed class DataverseFaultOptions
{
    /// <summary>Seed of the fault generator. Default 0.</summary>
    public int Seed { get; set; }

    /// <summary>
    /// Probability (0–1) per request of answering 429 with code 0x80072322 and <see cref="RetryAfter"/> instead of
    /// doing the work, as a throttled Dataverse does. Default 0.
    /// </summary>
    public double ThrottleRate { get; set; }

    /// <summary>The Retry-After of an injected 429, rounded up to whole seconds (at least 1). Default 1 s.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Probability (0–1) per request of answering 503 without doing the work. Default 0.</summary>
    public double ServiceUnavailableRate { get; set; }

    /// <summary>Probability (0–1) per request of aborting the connection without an answer (architecture.md §7). Default 0.</summary>
    public double DropConnectionRate { get; set; }

    /// <summary>
    /// Whether a dropped request is first carried out (the client cannot know whether its write happened, the case
    /// ETags and idempotent retries exist for) or dropped before any work. Default true.
    /// </summary>
    public bool DropAfterWork { get; set; } = true;

    /// <summary>
    /// Delay before every admitted request is worked on, while it counts as in flight, measured on the emulator's
    /// <see cref="DataverseEmulatorOptions.TimeProvider"/> (a FakeTimeProvider holds requests until the test
    /// advances it). Default zero.
    /// </summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;
}
