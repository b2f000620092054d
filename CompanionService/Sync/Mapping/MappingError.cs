namespace MsiDynamics.CompanionService.Sync.Mapping;

/// <summary>
/// Why a Dynamics row was not made into a Marketo record, worded for an administrator (it becomes the queue row's
/// <c>msi_lasterror</c>). Never thrown: one row that cannot be mapped never holds back the others (architecture.md §3).
/// </summary>
/// <param name="Reason">What is wrong with the row and what would fix it; names columns, never their personal data.</param>
/// <param name="EndsSuperseded">
/// True when the row is deliberately not pushed and its queue row ends Superseded rather than DeadLettered, e.g. a new
/// person with no e-mail address (marketo.md D3): a later change to the row captures it again.
/// </param>
internal sealed record MappingError(string Reason, bool EndsSuperseded = false);
