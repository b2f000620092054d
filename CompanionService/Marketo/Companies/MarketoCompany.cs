using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Marketo.Companies;

/// <summary>
/// A company to create or update in Marketo (marketo.md §3.3): a Dynamics <c>account</c>, keyed by
/// <c>externalCompanyId</c> = its canonical GUID. MSI-D requires the owner's
/// <c>externalSalesPersonId</c> too, and that sales person must already be in Marketo.
/// </summary>
/// <param name="ExternalCompanyId">The accountid; sent in its canonical text (architecture.md §1). The dedupe key (length 100).</param>
/// <param name="Company">The account name.</param>
/// <param name="ExternalSalesPersonId">The owner's systemuserid, or null when the owner is a team.</param>
/// <param name="Fields">Other company fields by REST name (<c>website</c>, <c>billingCity</c>, …), or null.</param>
public sealed record MarketoCompany(
    RecordId ExternalCompanyId,
    string? Company,
    RecordId? ExternalSalesPersonId = null,
    IReadOnlyDictionary<string, object?>? Fields = null)
{
    /// <summary>The <c>input[]</c> element Marketo expects.</summary>
    public JsonObject ToJson() => MarketoJson.Record(
        [
            new(MarketoSchema.ExternalCompanyId, ExternalCompanyId),
            new(MarketoSchema.Company, Company),
            new(MarketoSchema.ExternalSalesPersonId, ExternalSalesPersonId),
        ],
        Fields);

    /// <summary>The key-only element of a delete.</summary>
    public static JsonObject KeyJson(RecordId externalCompanyId) =>
        MarketoJson.Record([new(MarketoSchema.ExternalCompanyId, externalCompanyId)], null);

    public override string ToString() => $"company {ExternalCompanyId}";
}
