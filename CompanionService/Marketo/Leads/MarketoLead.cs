using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Marketo.Leads;

/// <summary>
/// A person to push to Marketo: a Dynamics <c>lead</c> or <c>contact</c> (marketo.md §3.4). How it is
/// sent follows Decision 3: with a known <paramref name="MarketoId"/> it is <c>updateOnly</c> by
/// <c>id</c>; otherwise <c>createOrUpdate</c> by <c>email</c>, carrying <c>externalPersonId</c>.
/// </summary>
/// <param name="ExternalPersonId">The leadid/contactid; sent in its canonical text (architecture.md §1). The batch's dedupe key.</param>
/// <param name="MarketoId">
/// The Marketo lead id when known (<c>msi_marketoleadid</c>, or found by
/// <see cref="LeadsClient.GetByExternalPersonIdsAsync"/>); null for a person Marketo has not seen.
/// </param>
/// <param name="Email">
/// The e-mail address (ASCII). Caveat: a new person without one is not pushed — it comes back Skipped
/// "no e-mail address" (Decision 3).
/// </param>
/// <param name="Fields">
/// Other lead fields by REST name (<c>firstName</c>, <c>externalCompanyId</c>,
/// <c>externalSalesPersonId</c>, …); an id among them may be a <see cref="RecordId"/>. Never the read-only MSI fields.
/// </param>
public sealed record MarketoLead(
    RecordId ExternalPersonId,
    long? MarketoId,
    string? Email,
    IReadOnlyDictionary<string, object?>? Fields = null)
{
    /// <summary>Whether this person is sent <c>updateOnly</c> by <c>id</c>.</summary>
    public bool IsKnown => MarketoId is not null;

    /// <summary>Whether this person can be sent at all (a new one needs an e-mail address).</summary>
    public bool CanBeSent => IsKnown || !string.IsNullOrWhiteSpace(Email);

    /// <summary>The <c>input[]</c> element: <c>id</c> first for a known lead, <c>email</c> for a new one.</summary>
    public JsonObject ToJson() => MarketoJson.Record(
        [
            new(MarketoSchema.Id, MarketoId),
            new(MarketoSchema.Email, Email),
            new(MarketoSchema.ExternalPersonId, ExternalPersonId),
        ],
        Fields);

    public override string ToString() =>
        IsKnown ? $"person {ExternalPersonId} (Marketo lead {MarketoId})" : $"person {ExternalPersonId} (new)";
}
