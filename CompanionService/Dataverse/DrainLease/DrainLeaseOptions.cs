namespace MsiDynamics.CompanionService.Dataverse.DrainLease;

/// <summary>
/// The drain lease (dataverse.md §0.10), bound to the <c>DrainLease</c> section: how long a claim or renewal holds,
/// how often the holder renews and a standby looks, and the name the holder writes.
/// </summary>
public sealed class DrainLeaseOptions
{
    public const string SectionName = "DrainLease";

    /// <summary>How long a claim or renewal holds, counted from when it was sent. Default 60 s.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How often the holder renews and a standby reads the row. Default 20 s, a third of the default lifetime. It plus
    /// <c>Marketo:RequestTimeout</c> must fit inside <see cref="Lifetime"/>, or the holder could never start a call.
    /// </summary>
    public TimeSpan RenewalInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How often a standby records that it is there (<see cref="DrainLeasePresence"/>), for <c>status</c>. Default 5
    /// minutes: one write of a row per standby each time, 288 a day. A value shorter than <see cref="Lifetime"/> counts as
    /// the lifetime (<see cref="PresenceInterval"/>), so a standby writes at most once per lease lifetime.
    /// </summary>
    public TimeSpan StandbyPresenceInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The interval a standby records itself at: <see cref="StandbyPresenceInterval"/>, or the lifetime when longer.</summary>
    internal TimeSpan PresenceInterval => StandbyPresenceInterval > Lifetime ? StandbyPresenceInterval : Lifetime;

    /// <summary>The name this worker writes as the holder; default the machine name and process id. At most 60 characters.</summary>
    public string Holder { get; set; } = $"{Environment.MachineName}/{Environment.ProcessId}";
}
