using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.OData;

namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// A Dynamics lead or contact that stands for a Marketo lead (its <c>msi_marketoleadid</c>), with the current values of
/// the write-back's target columns as read.
/// </summary>
/// <param name="Table">Lead or contact.</param>
/// <param name="Id">The row's id.</param>
/// <param name="MarketoLeadId">The Marketo lead id it stands for.</param>
/// <param name="Current">The row as read: its target columns.</param>
internal sealed record PersonRow(DataverseTable Table, Guid Id, long MarketoLeadId, DataverseRow Current)
{
    public override string ToString() => $"{Table} {Id:D} (Marketo lead {MarketoLeadId})";
}
