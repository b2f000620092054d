using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Marketo.Push;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Marketo.Leads;

/// <summary>
/// Marketo leads (marketo.md §3.4): sync per Decision 3, delete, and reads by
/// <c>externalPersonId</c> or <c>id</c> through <c>POST …/leads.json?_method=GET</c> (Decision 2).
/// </summary>
public sealed class LeadsClient(MarketoBatchSender sender, LeadsQuery query)
{
    private static readonly MarketoPushCall UpdateById = LeadSync(MarketoSchema.UpdateOnly, MarketoSchema.Id, "leads.update");
    private static readonly MarketoPushCall CreateOrUpdateByEmail = LeadSync(MarketoSchema.CreateOrUpdate, MarketoSchema.Email, "leads.upsert");

    private static readonly MarketoPushCall DeleteCall = new(
        MarketoSchema.LeadsDelete, input => new JsonObject { [MarketoSchema.Input] = input },
        MarketoOperationKind.Delete, "leads.delete");

    /// <summary>
    /// <c>POST /rest/v1/leads.json</c>. Known leads go <c>updateOnly</c> with <c>lookupField=id</c>, new ones
    /// <c>createOrUpdate</c> with <c>lookupField=email</c> carrying <c>externalPersonId</c> (Decision 3).
    /// De-duplicated by <c>externalPersonId</c>, then by id or e-mail (latest wins); a new person without an
    /// e-mail address is Skipped, not sent. Lead results have no <c>seq</c>: matched by position.
    /// </summary>
    public async Task<MarketoPushResult> SyncAsync(IReadOnlyList<MarketoLead> leads, CancellationToken cancellationToken = default)
    {
        var people = MarketoBatchDeduplicator.Supersede(leads, [.. Enumerable.Range(0, leads.Count)],
            l => l.ExternalPersonId, MarketoSchema.ExternalPersonId);
        var withoutEmail = people.Survivors.Where(i => !leads[i].CanBeSent).Select(i => new DecidedRecord(i, MarketoOutcome.Skipped(null,
            "No e-mail address: a new person is matched in Marketo by e-mail (Decision 3); it is sent once an address is added.",
            retryable: false)));
        var known = MarketoBatchDeduplicator.Supersede(leads, [.. people.Survivors.Where(i => leads[i].IsKnown)],
            l => l.MarketoId?.ToString(System.Globalization.CultureInfo.InvariantCulture), "Marketo lead id");
        var fresh = MarketoBatchDeduplicator.Supersede(leads, [.. people.Survivors.Where(i => !leads[i].IsKnown && leads[i].CanBeSent)],
            l => l.Email?.Trim(), MarketoSchema.Email, StringComparer.OrdinalIgnoreCase, SharedAddress);

        var updated = await SendAsync(UpdateById, leads, known.Survivors, MarketoCallOutcome.Succeeded, cancellationToken).ConfigureAwait(false);
        var upserted = await SendAsync(CreateOrUpdateByEmail, leads, fresh.Survivors, updated.Call, cancellationToken).ConfigureAwait(false);
        return sender.Finish(CreateOrUpdateByEmail with { Operation = "leads.sync" }, upserted.Call, leads.Count,
            [.. people.Superseded, .. withoutEmail, .. known.Superseded, .. fresh.Superseded, .. updated.Records, .. upserted.Records]);
    }

    /// <summary>
    /// Two Dynamics records, new to Marketo, with one address in a batch: Marketo keys a new person by e-mail (Decision 3),
    /// so both would become one person; the later is sent, and the earlier's row says which record took the address.
    /// </summary>
    private static string SharedAddress(MarketoLead duplicate, MarketoLead kept) =>
        $"Dynamics record {kept.ExternalPersonId} has the same e-mail address and was sent in its place: Marketo keeps one person "
        + "per address. Merge the duplicates in Dynamics, or give each its own address.";

    /// <summary>
    /// <c>POST /rest/v1/leads/delete.json</c> with <c>{"input":[{"id":…}]}</c>; a lead already gone (1013)
    /// counts as Deleted.
    /// </summary>
    public Task<MarketoPushResult> DeleteAsync(IReadOnlyList<long> marketoLeadIds, CancellationToken cancellationToken = default) =>
        sender.PushAsync(DeleteCall, marketoLeadIds, id => id, "Marketo lead id", id => new JsonObject { [MarketoSchema.Id] = id }, cancellationToken);

    /// <summary>
    /// Leads whose <c>externalPersonId</c> is one of <paramref name="externalPersonIds"/> (any number; 300 a
    /// call), with <paramref name="fields"/> (e.g. <see cref="MarketoLeadFields.IdentityAndMsi"/>). The filter
    /// values are the ids' canonical text, the form every external id is written in (architecture.md §1).
    /// </summary>
    public Task<MarketoPage<MarketoLeadRecord>> GetByExternalPersonIdsAsync(
        IReadOnlyList<RecordId> externalPersonIds, IReadOnlyList<string> fields, CancellationToken cancellationToken = default) =>
        query.ReadAllAsync(MarketoSchema.ExternalPersonId, [.. externalPersonIds.Select(id => id.ToString())], fields, cancellationToken);

    /// <summary>Leads by Marketo id (any number; 300 a call), with <paramref name="fields"/>.</summary>
    public Task<MarketoPage<MarketoLeadRecord>> GetByIdsAsync(
        IReadOnlyList<long> marketoLeadIds, IReadOnlyList<string> fields, CancellationToken cancellationToken = default) =>
        query.ReadAllAsync(MarketoSchema.Id,
            [.. marketoLeadIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))], fields, cancellationToken);

    private static MarketoPushCall LeadSync(string action, string lookupField, string operation) => new(
        MarketoSchema.Leads,
        input => new JsonObject
        {
            [MarketoSchema.Action] = action,
            [MarketoSchema.LookupField] = lookupField,
            [MarketoSchema.Input] = input,
        },
        MarketoOperationKind.Upsert,
        operation);

    private async Task<MarketoBatchOutcome> SendAsync(MarketoPushCall call, IReadOnlyList<MarketoLead> leads,
        IReadOnlyList<int> indexes, MarketoCallOutcome sofar, CancellationToken ct)
    {
        if (indexes.Count == 0)
        {
            return new MarketoBatchOutcome(sofar, []);
        }

        if (sofar.Kind is MarketoCallOutcomeKind.QuotaExhausted or MarketoCallOutcomeKind.Stopped)
        {
            var notSent = MarketoResultMapper.NotSent(indexes.Count, sofar);
            return new MarketoBatchOutcome(sofar, [.. indexes.Select((index, j) => new DecidedRecord(index, notSent[j]))]);
        }

        var items = indexes.Select(i => (i, leads[i].ToJson())).ToList();
        var sent = await sender.SendAsync(call, items, ct).ConfigureAwait(false);
        return sent with { Call = MarketoCallOutcome.Worst(sofar, sent.Call) };
    }
}
