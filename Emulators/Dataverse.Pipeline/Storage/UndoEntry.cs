using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

/// <summary>
/// What a row was when a transaction first touched it: its slot and stored row, or both null when the row
/// did not exist. Rolling back puts exactly that back.
/// </summary>
internal readonly record struct UndoEntry(RowTable Table, Guid Id, RowSlot? Slot, Entity? Row);
