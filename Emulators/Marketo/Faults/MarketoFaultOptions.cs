namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Faults the Marketo emulator injects into REST calls (never into the identity endpoint), for the chaos
/// tests (architecture.md §7, §8). Every draw comes from one <see cref="System.Random"/> seeded with
/// <see cref="Seed"/>: the same seed and the same sequence of calls give the same faults. The values are
/// read on every call, so a test may change them while the emulator runs.
/// </summary>
public sealed class MarketoFaultOptions
{
    /// <summary>Seed of the fault generator. Default 0.</summary>
    public int Seed { get; set; }

    /// <summary>
    /// Probability (0–1) per call of answering with a code instead of doing the work, keyed by the code as
    /// Marketo writes it: a response-level code such as <c>"606"</c>, <c>"604"</c>, <c>"611"</c> gives an
    /// HTTP 200 envelope with <c>success:false</c> (marketo.md §2, §5.2); <c>"500"</c>,
    /// <c>"502"</c> and <c>"503"</c> give that HTTP status with an HTML body, as Marketo's gateway does
    /// (§2). Empty by default. The rates are summed in code order; keep the sum at or below 1.
    /// </summary>
    public IDictionary<string, double> ErrorRates { get; set; } = new Dictionary<string, double>();

    /// <summary>
    /// Delay added to every REST call while it holds a concurrency slot, measured on the emulator's
    /// <see cref="MarketoEmulatorOptions.TimeProvider"/> (so a <c>FakeTimeProvider</c> holds the calls until
    /// the test advances it). Default zero.
    /// </summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Probability (0–1) per call of holding it for <see cref="SlowCallDelay"/> before doing the work, so a client
    /// whose time-out is shorter gives up on a call Marketo still carries out: Marketo's server time-outs run to 30–90 s
    /// (marketo.md §5.1), far past a client's patience. Drawn from its own sequence of <see cref="Seed"/>, so setting it
    /// leaves the other faults' draws as they were. Default 0.
    /// </summary>
    public double SlowCallRate { get; set; }

    /// <summary>How long a slow call (<see cref="SlowCallRate"/>) is held, on the emulator's clock. Default 5 s.</summary>
    public TimeSpan SlowCallDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Probability (0–1) per call of aborting the connection without an answer. Default 0.</summary>
    public double DropConnectionRate { get; set; }

    /// <summary>
    /// Whether a dropped call is first carried out (the client cannot know whether its write happened, the
    /// case idempotent retries exist for) or dropped before any work. Default true.
    /// </summary>
    public bool DropAfterProcessing { get; set; } = true;
}
