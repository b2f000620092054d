using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

/// <summary>
/// A row's place in its table's creation order. A deleted row leaves its slot empty until the table compacts,
/// so a rollback can put the row back where it was.
/// </summary>
internal sealed class RowSlot(Entity row)
{
    /// <summary>The stored row; null while the row is deleted.</summary>
    public Entity? Row { get; set; } = row;
}
