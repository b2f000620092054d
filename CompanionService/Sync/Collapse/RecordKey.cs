using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Sync.Collapse;

/// <summary>
/// The identity rows collapse by: the table's logical name and the row's id, compared exactly (logical names are
/// lower case, and <see cref="Schema.RecordId"/> is one canonical value). A connection's id is already the master half's
/// (dataverse.md §0.4), so the two halves of one pair share a key; a lead and a contact sharing an e-mail address do
/// not (marketo.md D4 is decided after the state is read).
/// </summary>
internal readonly record struct RecordKey(string Entity, RecordId RecordId)
{
    public override string ToString() => Entity + " " + RecordId.ToString();
}
