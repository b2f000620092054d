using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Dataverse.Settings;
using MsiDynamics.CompanionService.Dataverse.Transport;
using MsiDynamics.CompanionService.Marketo;
using MsiDynamics.CompanionService.Marketo.Companies;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.Marketo.Opportunities;
using MsiDynamics.CompanionService.Marketo.Queries;
using MsiDynamics.CompanionService.Marketo.SalesPersons;
using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.CompanionService.Sync.Mapping;
using MsiDynamics.CompanionService.Sync.References;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>
/// The <c>verify</c> check: reads the synced Dynamics rows of the scope, table by table in the sync order, decides with
/// the drain's own mapping and rules what Marketo should hold for each (<see cref="CycleMapping"/>; a person without
/// an e-mail, a lead whose address a contact has (<see cref="SharedAddresses"/>), a merged row, a mapping error, an
/// inactive or non-stakeholder connection (<see cref="RoleCategories"/>) and a table switched off in
/// <c>msi_syncsetting</c> are not pushed, so not checked), reads what Marketo holds by external id
/// (<see cref="MarketoHoldings"/>) and reports each difference (<see cref="VerifyChecks"/>). It only reads: nothing is
/// written to either side, and it needs no drain lease. Get one with <see cref="From"/>.
/// </summary>
public sealed class MarketoVerification
{
    private readonly CrmRows rows;
    private readonly RecordStateReader state;
    private readonly SyncSettingsReader settings;
    private readonly SharedAddresses addresses;
    private readonly DataverseQueries queries;
    private readonly MarketoClient marketo;
    private readonly FieldsQuery query;
    private readonly DataverseCosts costs;
    private readonly MarketoDescribes describes;

    internal MarketoVerification(
        CrmRows rows, RecordStateReader state, SyncSettingsReader settings, SharedAddresses addresses, DataverseQueries queries,
        MarketoClient marketo, FieldsQuery query, DataverseCosts costs, MarketoDescribes describes)
    {
        (this.rows, this.state, this.settings, this.addresses) = (rows, state, settings, addresses);
        (this.queries, this.marketo, this.query, this.costs, this.describes) = (queries, marketo, query, costs, describes);
    }

    /// <summary>
    /// The check over a worker's services, as <see cref="Hosting.MsiWorkerServiceCollectionExtensions.AddMsiWorker"/>
    /// registers them (the worker's Dataverse and Marketo clients, the drain's stages): the <c>verify</c> command's, or
    /// the sandbox's.
    /// </summary>
    public static MarketoVerification From(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var state = services.GetRequiredService<RecordStateReader>();
        var queries = services.GetRequiredService<DataverseQueries>();
        return new MarketoVerification(new CrmRows(queries, state), state, services.GetRequiredService<SyncSettingsReader>(),
            services.GetRequiredService<SharedAddresses>(), queries, services.GetRequiredService<MarketoClient>(),
            new FieldsQuery(services.GetRequiredService<MarketoTransport>()), services.GetRequiredService<DataverseCosts>(),
            services.GetRequiredService<MarketoDescribes>());
    }

    /// <summary>
    /// Checks the rows of <paramref name="scope"/> (a sample chosen at random). Marketo or Dataverse failing to answer
    /// ends the check early with <see cref="VerifyResult.Stopped"/> set; only cancellation throws.
    /// </summary>
    public Task<VerifyResult> RunAsync(VerifyScope scope, CancellationToken ct = default) => RunAsync(scope, Random.Shared, ct);

    internal async Task<VerifyResult> RunAsync(VerifyScope scope, Random random, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (calls, requests) = (marketo.Quota.Used, costs.Requests);
        var held = new MarketoHoldings(marketo.Leads, query);
        var tallies = new Dictionary<MarketoObjectType, VerifyTally>();
        var findings = new List<VerifyFinding>();
        var disabled = new List<string>();
        string? stopped = null;
        try
        {
            var enabled = await settings.ReadAsync(ct).ConfigureAwait(false);
            if (!enabled.Outcome.IsSuccess)
            {
                throw new VerifyStoppedException($"Reading the sync settings (msi_syncsetting) from Dataverse failed: {enabled.Outcome}");
            }

            foreach (var table in scope.Tables)
            {
                if (!enabled.IsEnabled(table))
                {
                    disabled.Add(table);
                    continue;
                }

                var type = ReferenceObjects.Of(table);
                if (!tallies.TryGetValue(type, out var tally))
                {
                    tallies[type] = tally = new VerifyTally(type);
                }

                await foreach (var chunk in rows.ReadAsync(table, scope.Sample, random, ct).ConfigureAwait(false))
                {
                    findings.AddRange(table == DataverseSchema.Connection.EntityName
                        ? await CheckRolesAsync(chunk, tally, held, ct).ConfigureAwait(false)
                        : await CheckAsync(table, chunk, tally, held, ct).ConfigureAwait(false));
                }
            }
        }
        catch (VerifyStoppedException stop)
        {
            stopped = stop.Message;
        }
        catch (DrainDataverseException failed)
        {
            stopped = failed.Message;
        }

        return new VerifyResult(scope, [.. tallies.Values.Select(t => t.ToCount())], findings, disabled,
            marketo.Quota.Used - calls, costs.Requests - requests, stopped);
    }

    /// <summary>Sales persons, companies, persons or opportunities: each row mapped as the drain maps it, then checked.</summary>
    private async Task<List<VerifyFinding>> CheckAsync(string table, IReadOnlyList<DataverseRow> chunk, VerifyTally tally, MarketoHoldings held, CancellationToken ct)
    {
        var records = Map(table, chunk);
        if (table == DataverseSchema.Lead.EntityName)
        {
            await addresses.ApplyAsync(records, ct).ConfigureAwait(false);
        }

        await FitAsync(ReferenceObjects.Of(table), records, ct).ConfigureAwait(false);
        var open = records.Where(r => r.IsOpen && r.Mapped is not null).ToList();
        tally.Skipped += chunk.Count - open.Count;
        var type = ReferenceObjects.Of(table);
        var subjects = open.Select(r => (Subject: new VerifySubject(type, table, r.Key.RecordId, CrmNames.Of(table, r.Row!)), r.Mapped)).ToList();
        await held.LoadSalesPersonsAsync(open.SelectMany(r => r.References).Where(k => k.Entity == DataverseSchema.SystemUser.EntityName).Select(k => (RecordId?)k.RecordId), ct).ConfigureAwait(false);
        await held.LoadCompaniesAsync(open.SelectMany(r => r.References).Where(k => k.Entity == DataverseSchema.Account.EntityName).Select(k => (RecordId?)k.RecordId), ct).ConfigureAwait(false);
        switch (type)
        {
            case MarketoObjectType.SalesPersons:
                await held.LoadSalesPersonsAsync(open.Select(r => (RecordId?)r.Key.RecordId), ct).ConfigureAwait(false);
                break;
            case MarketoObjectType.Companies:
                await held.LoadCompaniesAsync(open.Select(r => (RecordId?)r.Key.RecordId), ct).ConfigureAwait(false);
                break;
            case MarketoObjectType.Leads:
                await held.LoadPersonsAsync(open.Select(r => r.Key.RecordId), ct).ConfigureAwait(false);
                break;
            case MarketoObjectType.Opportunities:
                await held.LoadOpportunitiesAsync(open.Select(r => (RecordId?)r.Key.RecordId), ct).ConfigureAwait(false);
                break;
        }

        var findings = new List<VerifyFinding>();
        foreach (var (subject, mapped) in subjects)
        {
            List<VerifyFinding> found = mapped switch
            {
                MarketoSalesPerson person => [.. VerifyChecks.SalesPerson(subject, person, held)],
                MarketoCompany company => [.. VerifyChecks.Company(subject, company, held)],
                MarketoLead lead => [.. VerifyChecks.Person(subject, Link(lead, MarketoSchema.ExternalCompanyId), Link(lead, MarketoSchema.ExternalSalesPersonId), held)],
                MarketoOpportunity opportunity => [.. VerifyChecks.Opportunity(subject, opportunity, held)],
                _ => [],
            };
            tally.Add(found);
            findings.AddRange(found);
        }

        return findings;
    }

    /// <summary>
    /// Connections: the active, Stakeholder-category roles between an opportunity and a contact whose person Marketo
    /// should hold (the drain pushes no role of a contact it does not push), each role once.
    /// </summary>
    private async Task<List<VerifyFinding>> CheckRolesAsync(IReadOnlyList<DataverseRow> chunk, VerifyTally tally, MarketoHoldings held, CancellationToken ct)
    {
        var active = chunk.Where(r => !RecordStateReader.IsInactive(r) && RecordId.TryParse(r.GetString(DataverseSchema.Connection.Id), out _))
            .Select(r => new CycleRecord(new RecordKey(DataverseSchema.Connection.EntityName, RecordId.From(r.GetString(DataverseSchema.Connection.Id), "connectionid")), null) { Row = r })
            .ToList();
        var others = await new RoleCategories(queries).NotStakeholdersAsync(active, ct).ConfigureAwait(false);
        var roles = new Dictionary<(RecordId, RecordId, string), (CycleRecord Record, VerifyRole Role)>();
        foreach (var record in active.Where(r => !others.Contains(r)))
        {
            // The role's name as the mapping reads it; the lead id is looked up in Marketo below.
            if (CycleMapping.Ends(record.Row!) is { } ends && OpportunityRoleMapping.Map(record.Row!, 0).Record is { } mapped)
            {
                var role = new VerifyRole(ends.Opportunity, ends.Contact, mapped.Key.Role);
                roles.TryAdd(role.Key, (record, role));
            }
        }

        var contacts = await PushedContactsAsync(roles.Values.Select(r => r.Role.Contact), ct).ConfigureAwait(false);
        var checkedRoles = roles.Values.Where(r => contacts.Contains(r.Role.Contact)).ToList();
        tally.Skipped += chunk.Count - checkedRoles.Count;
        await held.LoadPersonsAsync(checkedRoles.Select(r => r.Role.Contact), ct).ConfigureAwait(false);
        await held.LoadOpportunitiesAsync(checkedRoles.Select(r => (RecordId?)r.Role.Opportunity), ct).ConfigureAwait(false);
        await held.LoadRolesAsync(checkedRoles.Select(r => r.Role.Opportunity), ct).ConfigureAwait(false);
        var findings = new List<VerifyFinding>();
        foreach (var (record, role) in checkedRoles)
        {
            var othersLeads = checkedRoles.Where(o => o.Role.Opportunity == role.Opportunity && o.Role.Contact != role.Contact
                    && string.Equals(o.Role.Role, role.Role, StringComparison.OrdinalIgnoreCase))
                .Select(o => held.Person(o.Role.Contact)?.Id).OfType<long>().ToHashSet();
            var contactIsFirst = record.Row!.GetLookupTarget(DataverseSchema.Connection.Record1Id)?.IsOf(DataverseSchema.Contact.EntityName) == true;
            var subject = new VerifySubject(MarketoObjectType.OpportunityRoles, DataverseSchema.Connection.EntityName, record.Key.RecordId,
                CrmNames.OfRole(record.Row!, role.Role, contactIsFirst));
            var found = VerifyChecks.Role(subject, role, othersLeads, held).ToList();
            tally.Add(found);
            findings.AddRange(found);
        }

        return findings;
    }

    /// <summary>Of <paramref name="contacts"/>, those the drain pushes as persons (read and mapped as it reads and maps them).</summary>
    private async Task<HashSet<RecordId>> PushedContactsAsync(IEnumerable<RecordId> contacts, CancellationToken ct)
    {
        var (read, outcome) = await state.ReadAsync(contacts.Distinct().Select(c => new RecordKey(DataverseSchema.Contact.EntityName, c)), ct).ConfigureAwait(false);
        if (!outcome.IsSuccess)
        {
            throw new VerifyStoppedException($"Reading the contacts of the opportunity roles from Dataverse failed: {outcome}");
        }

        var records = Map(DataverseSchema.Contact.EntityName, [.. read.Values]);
        await FitAsync(MarketoObjectType.Leads, records, ct).ConfigureAwait(false);
        return [.. records.Where(r => r.IsOpen && r.Mapped is not null).Select(r => r.Key.RecordId)];
    }

    /// <summary>
    /// Fits each mapped record to the object's describe as the drain does before it sends (<see cref="RecordFitting"/>,
    /// marketo.md D10): a record whose values Marketo's field types refuse (an address that is no e-mail address, say) is
    /// dead-lettered by the drain, with the reason in its queue row, so it is not checked here.
    /// </summary>
    private async Task FitAsync(MarketoObjectType type, IReadOnlyList<CycleRecord> records, CancellationToken ct)
    {
        var open = records.Where(r => r.IsOpen && r.Mapped is not null).ToList();
        if (open.Count == 0)
        {
            return;
        }

        var (description, outcome) = await describes.GetAsync(type, ct).ConfigureAwait(false);
        if (description is null)
        {
            throw new VerifyStoppedException($"Reading Marketo's {type} describe failed: {outcome}");
        }

        foreach (var record in open)
        {
            var refused = record.Mapped switch
            {
                MarketoSalesPerson person => RecordFitting.SalesPerson(description, person).Record is null,
                MarketoCompany company => RecordFitting.Company(description, company).Record is null,
                MarketoLead lead => RecordFitting.Person(description, lead).Record is null,
                MarketoOpportunity opportunity => RecordFitting.Opportunity(description, opportunity).Record is null,
                _ => false,
            };
            if (refused)
            {
                record.Settle(Sync.Completion.PushOutcome.MappingError("Marketo's describe refuses a value of the record."));
            }
        }
    }

    /// <summary>Each row as the drain's cycle carries it, mapped; a merged row is left out (its subordinate no longer stands for anything).</summary>
    private static List<CycleRecord> Map(string table, IReadOnlyList<DataverseRow> chunk)
    {
        var key = DataverseTable.For(table).PrimaryKey;
        var records = new List<CycleRecord>(chunk.Count);
        foreach (var row in chunk)
        {
            if (RecordStateReader.IsMerged(row) || !RecordId.TryParse(row.GetString(key), out var id))
            {
                continue;
            }

            var record = new CycleRecord(new RecordKey(table, id), null) { Row = row };
            CycleMapping.Map(record);
            records.Add(record);
        }

        return records;
    }

    private static RecordId? Link(MarketoLead lead, string field) => lead.Fields?.GetValueOrDefault(field) is RecordId id ? id : null;
}
