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

    /// <summary>
    /// The run stopped for a reason a person must fix (603 access denied, 703 feature not enabled, a bug, marketo.md
    /// §5.2): not the record's fault, so no row changes and no attempt is counted; the rows stay due.
    /// </summary>
    RunStopped,

    /// <summary>The record's values cannot be sent to Marketo (marketo.md D10): dead-letter with the mapping error.</summary>
    MappingError,

    /// <summary>An upsert's record was deleted in Dynamics before it was read: nothing to push.</summary>
    RecordGone,

    /// <summary>
    /// The record is not to be pushed, for the reason given: a new person without an e-mail address (marketo.md D3), a
    /// lead whose Marketo person stands for a contact (D4), a later record of the batch with the same key (D5).
    /// </summary>
    Superseded,

    /// <summary>Sync of the record's table is switched off in <c>msi_syncsetting</c> (architecture.md §4).</summary>
    EntityDisabled,
}
