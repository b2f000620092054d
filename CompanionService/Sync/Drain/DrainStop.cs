namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>Why a drain cycle stopped with rows left due; the next cycle starts where it left off.</summary>
public enum DrainStop
{
    /// <summary>Marketo's daily quota is spent (607, marketo.md D9): push nothing until it resets.</summary>
    QuotaExhausted,

    /// <summary>A failure a person must fix (603 access denied, 703 feature not enabled, bad credentials): rows stay due.</summary>
    RunStopped,

    /// <summary>The drain lease was lost or lapsed: another worker may hold the queue now.</summary>
    LeaseLost,

    /// <summary>Dataverse could not be read or written (an outage, throttling past the retries).</summary>
    DataverseUnavailable,

    /// <summary>
    /// Every due row left is Backfill, paused while the share of Marketo's daily quota reserved for live changes is held
    /// (<c>Drain:BackfillQuotaReserve</c>): the rows wait for the quota to reset.
    /// </summary>
    BackfillPaused,
}
