namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// What the emulated Marketo instance holds, for assertions. Every property returns a snapshot taken under
/// the store's lock; records are immutable, so a snapshot never changes afterwards.
/// </summary>
public sealed class MarketoStore
{
    private readonly List<MarketoActivity> _activities = [];

    internal MarketoStore(Func<string, string?, string?> keyOf)
    {
        SalesPersonTable = new(5001, [SalesPersonSchema.ExternalSalesPersonId], keyOf);
        CompanyTable = new(3001, [CompanySchema.ExternalCompanyId], keyOf);
        LeadTable = new(100001, [LeadFields.Email, LeadFields.ExternalPersonId, LeadFields.ExternalSalesPersonId], keyOf);
        OpportunityTable = new(1, [OpportunitySchema.ExternalOpportunityId, OpportunitySchema.MarketoGuid], keyOf);
        RoleTable = new(1, [OpportunityRoleSchema.ExternalOpportunityId, OpportunityRoleSchema.MarketoGuid], keyOf);
    }

    public IReadOnlyList<SalesPerson> SalesPersons => Snapshot<IReadOnlyList<SalesPerson>>(() => [.. SalesPersonTable.All]);

    public IReadOnlyList<Company> Companies => Snapshot<IReadOnlyList<Company>>(() => [.. CompanyTable.All]);

    public IReadOnlyList<Lead> Leads => Snapshot<IReadOnlyList<Lead>>(() => [.. LeadTable.All]);

    public IReadOnlyList<Opportunity> Opportunities => Snapshot<IReadOnlyList<Opportunity>>(() => [.. OpportunityTable.All]);

    public IReadOnlyList<OpportunityRole> OpportunityRoles => Snapshot<IReadOnlyList<OpportunityRole>>(() => [.. RoleTable.All]);

    /// <summary>The activity log, oldest first.</summary>
    public IReadOnlyList<MarketoActivity> Activities => Snapshot<IReadOnlyList<MarketoActivity>>(() => [.. _activities]);

    /// <summary>
    /// References that do not resolve now: a company, lead or opportunity whose sales person or company is
    /// unknown, a role whose opportunity or lead is unknown. MSI shows nothing for them (§4.4 rule 4), so
    /// after a complete sync this is empty (architecture.md §8).
    /// </summary>
    public IReadOnlyList<DanglingReference> DanglingReferences => Snapshot(() => DanglingReferenceScan.Find(this));

    internal object Gate { get; } = new();

    internal RecordTable<SalesPerson> SalesPersonTable { get; }

    internal RecordTable<Company> CompanyTable { get; }

    internal RecordTable<Lead> LeadTable { get; }

    internal RecordTable<Opportunity> OpportunityTable { get; }

    internal RecordTable<OpportunityRole> RoleTable { get; }

    /// <summary>The activity log; callers hold <see cref="Gate"/>.</summary>
    internal IReadOnlyList<MarketoActivity> ActivityLog => _activities;

    /// <summary>The lead with this Marketo id, or null.</summary>
    public Lead? FindLead(int id) => Snapshot(() => LeadTable.Get(id));

    /// <summary>The leads whose <c>externalPersonId</c> is this CRM id.</summary>
    public IReadOnlyList<Lead> FindLeadsByExternalPersonId(string externalPersonId) =>
        Snapshot(() => LeadTable.Find(LeadFields.ExternalPersonId, externalPersonId));

    internal MarketoActivity AppendActivity(int leadId, int typeId, ActivityPrimary primary, IEnumerable<(string Name, string Value)> attributes, DateTimeOffset now)
    {
        lock (Gate)
        {
            var id = _activities.Count == 0 ? 1 : _activities[^1].Id + 1;
            var activity = new MarketoActivity(id, leadId, now, typeId, primary, [.. attributes.Select(a => KeyValuePair.Create(a.Name, a.Value))]);
            _activities.Add(activity);
            return activity;
        }
    }

    private T Snapshot<T>(Func<T> read)
    {
        lock (Gate)
        {
            return read();
        }
    }
}
