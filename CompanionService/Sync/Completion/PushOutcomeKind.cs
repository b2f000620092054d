namespace MsiDynamics.CompanionService.Sync.Completion;

/// <summary>What became of one record's push, as the completion stage sorts it.</summary>
internal enum PushOutcomeKind
{
    /// <summary>Marketo holds (or, for a delete, no longer holds) what was sent.</summary>
    Succeeded,

    /// <summary>Marketo refused the record for good (a record-level code such as 1003): dead-letter.</summary>
    Rejected,

    /// <summary>The push failed in a way a later push may cure (an outage, 1014, 718): retry with back-off.</summary>
    Transient,

    /// <summary>Marketo's daily quota is spent (607, marketo.md D9): no row changes, the rows stay due.</summary>
    QuotaExhausted,

    /// <summary>The record's values cannot be sent to Marketo (marketo.md D10): dead-letter with the mapping error.</summary>
    MappingError,

    /// <summary>An upsert's record was deleted in Dynamics before it was read: nothing to push.</summary>
    RecordGone,

    /// <summary>Sync of the record's table is switched off in <c>msi_syncsetting</c> (architecture.md §4).</summary>
    EntityDisabled,
}
