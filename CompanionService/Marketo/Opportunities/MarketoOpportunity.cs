using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Marketo.Opportunities;

/// <summary>
/// An opportunity to create or update in Marketo (marketo.md §3.5), keyed by
/// <c>externalOpportunityId</c> = the Dynamics opportunityid. <c>name</c> must not be null, and the
/// sales person must exist first (718 otherwise, which the client retries later).
/// </summary>
/// <param name="ExternalOpportunityId">The opportunityid; sent in its canonical text (architecture.md §1). The dedupe key.</param>
/// <param name="Name">The opportunity's name; required by Marketo.</param>
/// <param name="ExternalCompanyId">The account's id (the potential customer must be an account).</param>
/// <param name="ExternalSalesPersonId">The owner's systemuserid.</param>
/// <param name="Fields">Other fields by REST name (<c>amount</c>, <c>closeDate</c>, <c>stage</c>, …), or null.</param>
public sealed record MarketoOpportunity(
    RecordId ExternalOpportunityId,
    string Name,
    RecordId? ExternalCompanyId = null,
    RecordId? ExternalSalesPersonId = null,
    IReadOnlyDictionary<string, object?>? Fields = null)
{
    /// <summary>The <c>input[]</c> element Marketo expects.</summary>
    public JsonObject ToJson() => MarketoJson.Record(
        [
            new(MarketoSchema.ExternalOpportunityId, ExternalOpportunityId),
            new(MarketoSchema.Name, Name),
            new(MarketoSchema.ExternalCompanyId, ExternalCompanyId),
            new(MarketoSchema.ExternalSalesPersonId, ExternalSalesPersonId),
        ],
        Fields);

    /// <summary>The key-only element of a delete.</summary>
    public static JsonObject KeyJson(RecordId externalOpportunityId) =>
        MarketoJson.Record([new(MarketoSchema.ExternalOpportunityId, externalOpportunityId)], null);

    public override string ToString() => $"opportunity {ExternalOpportunityId}";
}
