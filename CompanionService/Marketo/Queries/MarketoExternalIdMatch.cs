using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Marketo.Queries;

/// <summary>A record Marketo holds under an external id that was asked for.</summary>
/// <param name="ExternalId">The external id, read back as a <see cref="RecordId"/> (the Dynamics row it stands for).</param>
/// <param name="MarketoId">
/// Marketo's own id of the record as text: the integer <c>id</c> of a sales person or company, the <c>marketoGUID</c>
/// of an opportunity (marketo.md §3.2, §3.3, §3.5).
/// </param>
public sealed record MarketoExternalIdMatch(RecordId ExternalId, string MarketoId)
{
    public override string ToString() => $"{ExternalId} (Marketo {MarketoId})";
}
