namespace MsiDynamics.CompanionService.Sync.Collapse;

/// <summary>A queue row the collapse settles as Superseded, with the <c>msi_lasterror</c> text an admin reads.</summary>
/// <param name="RowId">The superseded <c>msi_syncqueueitemid</c>.</param>
/// <param name="Reason">Names the record and the row that carries its change instead.</param>
internal sealed record SupersededRow(Guid RowId, string Reason)
{
    /// <summary>The reason for <paramref name="loser"/>, whose record's change <paramref name="winner"/> carries.</summary>
    public static SupersededRow By(DueRow loser, DueRow winner) =>
        new(loser.Id, $"Superseded by a later change of {loser.Record} in this cycle: queue row {winner.Id:D} ({winner.Operation}) carries it. Nothing to do.");
}
