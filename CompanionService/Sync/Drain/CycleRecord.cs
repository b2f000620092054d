using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Completion;
using MsiDynamics.CompanionService.Sync.References;

namespace MsiDynamics.CompanionService.Sync.Drain;

/// <summary>
/// One record as a drain cycle carries it from read to completion: its queue work (none for a record pushed first
/// only because something in the cycle refers to it), its current row, the references of its Marketo record, and the
/// outcome once decided. Each stage fills what it learns; a record with an outcome is past pushing.
/// </summary>
internal sealed class CycleRecord(RecordKey key, RecordWork? work)
{
    public RecordKey Key { get; } = key;

    /// <summary>The due rows this record settles; null for a record pushed first for a referrer (architecture.md §3.9).</summary>
    public RecordWork? Work { get; } = work;

    /// <summary>The record's current row; null when it was not read or no longer exists.</summary>
    public DataverseRow? Row { get; set; }

    /// <summary>The Marketo record mapped from <see cref="Row"/> (a sales person, company, lead, opportunity or role).</summary>
    public object? Mapped { get; set; }

    /// <summary>For a person whose row carries no Marketo lead id: the one a read by <c>externalPersonId</c> found.</summary>
    public long? FoundMarketoId { get; set; }

    /// <summary>The Dynamics records <see cref="Mapped"/> refers to, to be in Marketo before it.</summary>
    public IReadOnlyList<RecordKey> References { get; set; } = [];

    /// <summary>
    /// For an opportunity role whose name changed since Marketo last had it: the role as Marketo has it, deleted before
    /// the new one is created (marketo.md D7).
    /// </summary>
    public RolePayload? PreviousRole { get; set; }

    /// <summary>How the record's push ended, or why it was not pushed; null while still to push.</summary>
    public PushOutcome? Outcome { get; private set; }

    /// <summary>Whether the record is still to be pushed.</summary>
    public bool IsOpen => Outcome is null;

    /// <summary>The referrer's view of this record: it exists in Marketo (now or already).</summary>
    public bool InMarketo => Outcome?.Kind == PushOutcomeKind.Succeeded;

    /// <summary>Settles the record; the first outcome stands.</summary>
    public void Settle(PushOutcome outcome) => Outcome ??= outcome;

    /// <summary>The record as the reference closure sees it.</summary>
    public ReferringRecord AsReferring() => new(Key, References);

    public override string ToString() => $"{Key}: {Outcome?.ToString() ?? "open"}";
}
