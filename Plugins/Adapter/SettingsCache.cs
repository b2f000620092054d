using System.Collections.Concurrent;
using MsiDynamics.Plugins.Capture;

namespace MsiDynamics.Plugins.Adapter;

/// <summary>
/// The <c>msi_syncsetting</c> rows of one organisation, kept for <see cref="Lifetime"/> so the hot path makes no
/// read (dataverse.md §0.8), and the time of the last failed read, so that for <see cref="FailureBackOff"/> after it
/// a copy is used however old it is (dataverse.md §0.9). One cache per organisation, held in a static map because
/// plug-in instances are shared and stateless (dataverse.md §1.5) and one sandbox worker may serve several
/// organisations; thread-safe because the platform runs a step on many threads at once. Age is measured on the
/// wall clock, not on <c>OperationCreatedOn</c>, which is undefined for synchronous steps (dataverse.md §0.8,
/// revised); the clock is injectable so tests move time without sleeping.
/// </summary>
internal sealed class SettingsCache
{
    /// <summary>
    /// How long a read is trusted. An admin's toggle takes effect within this time; the worker supersedes
    /// rows of a disabled table meanwhile (architecture.md §4).
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>How long after a failed read any copy, even a stale one, is used instead of another read.</summary>
    public static readonly TimeSpan FailureBackOff = TimeSpan.FromSeconds(60);

    private static readonly Func<DateTime> SystemClock = () => DateTime.UtcNow;
    private static readonly ConcurrentDictionary<Guid, SettingsCache> Organizations = new();

    private readonly Func<DateTime> _utcNow;

    // Replaced whole, never changed: a reader on another thread sees an old state or the new one, never a mix.
    private volatile State _state = new State(null, default, null);

    /// <param name="utcNow">The wall clock, in UTC.</param>
    public SettingsCache(Func<DateTime> utcNow) => _utcNow = utcNow ?? throw new ArgumentNullException(nameof(utcNow));

    /// <summary>The cache of <paramref name="organizationId"/>, timed by the system clock unless one was installed.</summary>
    public static SettingsCache For(Guid organizationId) =>
        Organizations.GetOrAdd(organizationId, _ => new SettingsCache(SystemClock));

    /// <summary>
    /// Gives <paramref name="organizationId"/> an empty cache timed by <paramref name="utcNow"/>: how a test's
    /// organisation runs the real steps on the test's clock. Other organisations keep theirs.
    /// </summary>
    public static SettingsCache Install(Guid organizationId, Func<DateTime> utcNow) =>
        Organizations[organizationId] = new SettingsCache(utcNow);

    /// <summary>
    /// The settings to use without a read: the copy if it was read less than <see cref="Lifetime"/> ago, or any
    /// copy while a failed read is less than <see cref="FailureBackOff"/> old; otherwise null (read now).
    /// A clock that went back before the read or the failure counts as past it: one extra read, never a stale hit.
    /// </summary>
    public SyncSettings? WithoutRead()
    {
        var state = _state;
        if (state.Settings is null)
        {
            return null;
        }

        var now = _utcNow();
        return Within(now - state.ReadAt, Lifetime) || (state.FailedAt is { } failedAt && Within(now - failedAt, FailureBackOff))
            ? state.Settings
            : null;
    }

    /// <summary>Keeps <paramref name="settings"/>, read now, for <see cref="Lifetime"/>.</summary>
    public void Store(SyncSettings settings) =>
        _state = new State(settings ?? throw new ArgumentNullException(nameof(settings)), _utcNow(), null);

    /// <summary>Notes that a read failed now: the copy held, if any, serves for <see cref="FailureBackOff"/>.</summary>
    public void RecordFailure()
    {
        var state = _state;
        _state = new State(state.Settings, state.ReadAt, _utcNow());
    }

    private static bool Within(TimeSpan age, TimeSpan limit) => age >= TimeSpan.Zero && age < limit;

    private sealed class State
    {
        public State(SyncSettings? settings, DateTime readAt, DateTime? failedAt)
        {
            Settings = settings;
            ReadAt = readAt;
            FailedAt = failedAt;
        }

        public SyncSettings? Settings { get; }

        public DateTime ReadAt { get; }

        public DateTime? FailedAt { get; }
    }
}
