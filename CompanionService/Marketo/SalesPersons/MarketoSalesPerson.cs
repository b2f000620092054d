using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Marketo.SalesPersons;

/// <summary>
/// A sales person to create or update in Marketo (marketo.md §3.2): a Dynamics <c>systemuser</c>,
/// keyed by <c>externalSalesPersonId</c> = its canonical GUID (architecture.md §1).
/// </summary>
/// <param name="ExternalSalesPersonId">The systemuserid; sent in its canonical text (architecture.md §1). The dedupe key.</param>
/// <param name="Email">
/// The user's e-mail address. Caveat: it must equal the Dynamics user's address or MSI shows nothing
/// for that user (MSI-D).
/// </param>
/// <param name="FirstName">First name, or null to leave Marketo's value.</param>
/// <param name="LastName">Last name, or null to leave Marketo's value.</param>
/// <param name="Fields">Other sales person fields by REST name (<c>title</c>, <c>phone</c>, …), or null.</param>
public sealed record MarketoSalesPerson(
    RecordId ExternalSalesPersonId,
    string? Email,
    string? FirstName = null,
    string? LastName = null,
    IReadOnlyDictionary<string, object?>? Fields = null)
{
    /// <summary>The <c>input[]</c> element Marketo expects.</summary>
    public JsonObject ToJson() => MarketoJson.Record(
        [
            new(MarketoSchema.ExternalSalesPersonId, ExternalSalesPersonId),
            new(MarketoSchema.Email, Email),
            new(MarketoSchema.FirstName, FirstName),
            new(MarketoSchema.LastName, LastName),
        ],
        Fields);

    /// <summary>The key-only element of a delete.</summary>
    public static JsonObject KeyJson(RecordId externalSalesPersonId) =>
        MarketoJson.Record([new(MarketoSchema.ExternalSalesPersonId, externalSalesPersonId)], null);

    public override string ToString() => $"sales person {ExternalSalesPersonId}";
}
