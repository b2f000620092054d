using System.Collections.Concurrent;
using MsiDynamics.Plugins.Capture;

namespace MsiDynamics.Plugins.Adapter;

/// <summary>
/// The <c>msi_syncsetting</c> rows of each organisation, kept for <see cref="Lifetime"/> so the hot path makes no
/// read (dataverse.md §0.8). Static because plug-in instances are shared and stateless; thread-safe
/// because the platform runs them on many threads; keyed by organisation because one sandbox worker may
/// serve several. Age is measured on the operation's own time (<c>OperationCreatedOn</c>), the platform's
/// clock, which also lets tests move time without sleeping.
/// </summary>
internal static class SettingsCache
{
    /// <summary>
    /// How long a read is trusted. An admin's toggle takes effect within this time; the worker supersedes
    /// rows of a disabled table meanwhile (architecture.md §4).
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private static readonly ConcurrentDictionary<Guid, Entry> Entries = new();

    /// <summary>The cached settings of <paramref name="organizationId"/> if they were read less than <see cref="Lifetime"/> before <paramref name="nowUtc"/>.</summary>
    public static SyncSettings? Get(Guid organizationId, DateTime nowUtc)
    {
        if (!Entries.TryGetValue(organizationId, out var entry))
        {
            return null;
        }

        // A time before the read (clocks of two servers) counts as stale: one extra read, never a stale hit.
        var age = nowUtc - entry.ReadAt;
        return age >= TimeSpan.Zero && age < Lifetime ? entry.Settings : null;
    }

    public static void Store(Guid organizationId, DateTime readAtUtc, SyncSettings settings) =>
        Entries[organizationId] = new Entry(settings, readAtUtc);

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
