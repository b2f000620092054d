using System.Collections.Concurrent;
using MsiDynamics.Plugins.Capture;

namespace MsiDynamics.Plugins.Adapter;

/// <summary>
/// The <c>msi_syncsetting</c> rows of one organisation, kept for <see cref="Lifetime"/> so the hot path makes no
/// read (dataverse.md §0.8). One cache per organisation, held in a static map because plug-in instances are
/// shared and stateless (dataverse.md §1.5) and one sandbox worker may serve several organisations;
/// thread-safe because the platform runs a step on many threads at once. Age is measured on the wall clock,
/// not on <c>OperationCreatedOn</c>, which is undefined for synchronous steps (dataverse.md §0.8, revised);
/// the clock is injectable so tests move time without sleeping.
/// </summary>
internal sealed class SettingsCache
{
    /// <summary>
    /// How long a read is trusted. An admin's toggle takes effect within this time; the worker supersedes
    /// rows of a disabled table meanwhile (architecture.md §4).
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private static readonly Func<DateTime> SystemClock = () => DateTime.UtcNow;
    private static readonly ConcurrentDictionary<Guid, SettingsCache> Organizations = new();

    private readonly Func<DateTime> _utcNow;

    // Replaced whole, never changed: a reader on another thread sees an old entry or the new one, never a mix.
    private volatile Entry? _entry;

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

    /// <summary>The cached settings if they were read less than <see cref="Lifetime"/> ago; otherwise null.</summary>
    public SyncSettings? Fresh()
    {
        var entry = _entry;
        if (entry is null)
        {
            return null;
        }

        // A clock that went back before the read counts as stale: one extra read, never a stale hit.
        var age = _utcNow() - entry.ReadAt;
        return age >= TimeSpan.Zero && age < Lifetime ? entry.Settings : null;
    }

    /// <summary>Keeps <paramref name="settings"/>, read now, for <see cref="Lifetime"/>.</summary>
    public void Store(SyncSettings settings) =>
        _entry = new Entry(settings ?? throw new ArgumentNullException(nameof(settings)), _utcNow());

    private sealed class Entry
    {
        public Entry(SyncSettings settings, DateTime readAt)
        {
            Settings = settings;
            ReadAt = readAt;
        }

        public SyncSettings Settings { get; }

        public DateTime ReadAt { get; }
    }
}
