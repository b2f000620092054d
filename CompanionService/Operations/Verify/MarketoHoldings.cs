using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Queries;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>
/// What Marketo holds under the external ids a check needs, read once each, 300 ids a call (marketo.md §3.1), with the
/// external fields (§4.4 rule 4): sales persons with their e-mail; companies, persons and opportunities with their
/// links; the roles of each opportunity. An id read and not found is remembered as absent, so it costs no second call.
/// A failed read stops the check (<see cref="VerifyStoppedException"/>).
/// </summary>
internal sealed class MarketoHoldings(LeadsClient leads, FieldsQuery query)
{
    private static readonly string[] Links = [MarketoSchema.ExternalCompanyId, MarketoSchema.ExternalSalesPersonId];

    private readonly Dictionary<RecordId, MarketoFieldsRecord?> _salesPersons = [];
    private readonly Dictionary<RecordId, MarketoFieldsRecord?> _companies = [];
    private readonly Dictionary<RecordId, MarketoFieldsRecord?> _opportunities = [];
    private readonly Dictionary<RecordId, MarketoLeadRecord?> _persons = [];
    private readonly Dictionary<RecordId, List<MarketoFieldsRecord>> _roles = [];

    public MarketoFieldsRecord? SalesPerson(RecordId id) => _salesPersons.GetValueOrDefault(id);

    public MarketoFieldsRecord? Company(RecordId id) => _companies.GetValueOrDefault(id);

    public MarketoFieldsRecord? Opportunity(RecordId id) => _opportunities.GetValueOrDefault(id);

    /// <summary>The Marketo person whose <c>externalPersonId</c> is the lead or contact <paramref name="id"/>; the first when there are several.</summary>
    public MarketoLeadRecord? Person(RecordId id) => _persons.GetValueOrDefault(id);

    /// <summary>The roles Marketo holds on opportunity <paramref name="id"/>.</summary>
    public IReadOnlyList<MarketoFieldsRecord> Roles(RecordId id) => _roles.GetValueOrDefault(id) ?? [];

    public Task LoadSalesPersonsAsync(IEnumerable<RecordId?> ids, CancellationToken ct) =>
        LoadAsync(_salesPersons, ids, FieldsQueryTarget.SalesPersons, [MarketoSchema.Id, MarketoSchema.Email], ct);

    public Task LoadCompaniesAsync(IEnumerable<RecordId?> ids, CancellationToken ct) =>
        LoadAsync(_companies, ids, FieldsQueryTarget.Companies, [MarketoSchema.Id, .. Links], ct);

    public Task LoadOpportunitiesAsync(IEnumerable<RecordId?> ids, CancellationToken ct) =>
        LoadAsync(_opportunities, ids, FieldsQueryTarget.Opportunities, [MarketoSchema.MarketoGuid, .. Links], ct);

    public async Task LoadPersonsAsync(IEnumerable<RecordId> ids, CancellationToken ct)
    {
        var unknown = ids.Distinct().Where(id => !_persons.ContainsKey(id)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var page = await leads.GetByExternalPersonIdsAsync(unknown, [.. MarketoLeadFields.Identity, .. Links], ct).ConfigureAwait(false);
        Check(page.Call, "leads");
        foreach (var id in unknown)
        {
            _persons[id] = null;
        }

        foreach (var lead in page.Items.Where(l => l.PersonRecordId is not null).Reverse())
        {
            // Reversed, so that the first of duplicates is the one kept.
            _persons[lead.PersonRecordId!.Value] = lead;
        }
    }

    public async Task LoadRolesAsync(IEnumerable<RecordId> opportunities, CancellationToken ct)
    {
        var unknown = opportunities.Distinct().Where(id => !_roles.ContainsKey(id)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var page = await query.ReadAsync(FieldsQueryTarget.OpportunityRoles, [.. unknown.Select(id => id.ToString())],
            [MarketoSchema.MarketoGuid, MarketoSchema.LeadId, MarketoSchema.Role], ct).ConfigureAwait(false);
        Check(page.Call, "opportunity roles");
        foreach (var id in unknown)
        {
            _roles[id] = [];
        }

        foreach (var role in page.Items)
        {
            if (RecordId.TryParse(role.GetString(MarketoSchema.ExternalOpportunityId), out var opportunity) && _roles.TryGetValue(opportunity, out var list))
            {
                list.Add(role);
            }
        }
    }

    private async Task LoadAsync(
        Dictionary<RecordId, MarketoFieldsRecord?> known, IEnumerable<RecordId?> ids, FieldsQueryTarget target, IReadOnlyList<string> fields, CancellationToken ct)
    {
        var unknown = ids.OfType<RecordId>().Distinct().Where(id => !known.ContainsKey(id)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var page = await query.ReadAsync(target, [.. unknown.Select(id => id.ToString())], fields, ct).ConfigureAwait(false);
        Check(page.Call, target.Operation);
        foreach (var id in unknown)
        {
            known[id] = null;
        }

        foreach (var record in page.Items)
        {
            if (RecordId.TryParse(record.GetString(target.FilterField), out var id) && known.TryGetValue(id, out var held) && held is null)
            {
                known[id] = record;
            }
        }
    }

    private static void Check(MarketoCallOutcome call, string what)
    {
        if (!call.IsSuccess)
        {
            throw new VerifyStoppedException($"Reading {what} from Marketo failed: {call}");
        }
    }
}
