namespace MsiDynamics.CompanionService.Service;

/// <summary>
/// How often the lease holder looks at the sync queue, bound to the <c>Drain</c> section: at once again after a cycle
/// that found work; after an empty one, <see cref="FirstIdleDelay"/>, doubling up to <see cref="IdleInterval"/>.
/// Every look is a Dataverse request (one GET of due rows), so an idle worker costs at most one request per interval;
/// a wake-up from the <c>/wake</c> webhook starts a cycle at once whatever the back-off.
/// </summary>
public sealed class DrainPollingOptions
{
    public const string SectionName = "Drain";

    /// <summary>The longest wait between two looks at an empty queue. Default 15 s.</summary>
    public TimeSpan IdleInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The wait after the first empty look, doubled after each further one. Default 1 s.</summary>
    public TimeSpan FirstIdleDelay { get; set; } = TimeSpan.FromSeconds(1);
}
