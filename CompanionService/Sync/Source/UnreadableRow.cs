namespace MsiDynamics.CompanionService.Sync.Source;

/// <summary>
/// A due queue row the drain cannot work on (architecture.md §3.8): an entity no mapping knows, a record id that is
/// not a GUID, a payload that is not a JSON object. It is not retried: the caller dead-letters it with
/// <see cref="Reason"/>, which names the column, never its value.
/// </summary>
/// <param name="Id">The <c>msi_syncqueueitemid</c>.</param>
/// <param name="Attempts">Attempts so far.</param>
/// <param name="Reason">Why it cannot be read.</param>
internal sealed record UnreadableRow(Guid Id, int Attempts, string Reason)
{
    public override string ToString() => $"queue row {Id:D}: {Reason}";
}
