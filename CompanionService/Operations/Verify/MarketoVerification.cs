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
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.CompanionService.Sync.References;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Operations.Verify;

/// <summary>
/// The <c>verify</c> check: reads the synced Dynamics rows of the scope (<see cref="CrmRows"/>), table by table in the
/// sync order, decides with the drain's own stages what Marketo should hold for each (<see cref="ExpectedRecords"/>,
/// <see cref="RoleVerification"/>: what the drain does not send is not checked, nor a table switched off in
/// <c>msi_syncsetting</c>), reads what Marketo holds by external id (<see cref="MarketoHoldings"/>) and reports each
/// difference (<see cref="VerifyChecks"/>). It only reads: nothing is
/// written to either side, and it needs no drain lease. Get one with <see cref="From"/>.
/// </summary>
public sealed class MarketoVerification
{
    private readonly CrmRows _rows;
    private readonly SyncSettingsReader _settings;
    private readonly ExpectedRecords _expected;
    private readonly RoleVerification _roles;
    private readonly MarketoClient _marketo;
    private readonly FieldsQuery _query;
    private readonly DataverseCosts _costs;

    internal MarketoVerification(
        CrmRows rows, SyncSettingsReader settings, ExpectedRecords expected, RoleVerification roles, MarketoClient marketo, FieldsQuery query, DataverseCosts costs)
    {
        (_rows, _settings, _expected, _roles) = (rows, settings, expected, roles);
        (_marketo, _query, _costs) = (marketo, query, costs);
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
        var expected = new ExpectedRecords(state, services.GetRequiredService<SharedAddresses>(), services.GetRequiredService<MarketoDescribes>());
        return new MarketoVerification(new CrmRows(queries, state), services.GetRequiredService<SyncSettingsReader>(), expected,
            new RoleVerification(queries, expected), services.GetRequiredService<MarketoClient>(),
            new FieldsQuery(services.GetRequiredService<MarketoTransport>()), services.GetRequiredService<DataverseCosts>());
    }

    /// <summary>
    /// Checks the rows of <paramref name="scope"/> (a sample chosen at random). Marketo or Dataverse failing to answer
    /// ends the check early with <see cref="VerifyResult.Stopped"/> set; only cancellation throws.
    /// </summary>
    public Task<VerifyResult> RunAsync(VerifyScope scope, CancellationToken ct = default) => RunAsync(scope, Random.Shared, ct);

    internal async Task<VerifyResult> RunAsync(VerifyScope scope, Random random, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (calls, requests) = (_marketo.Quota.Used, _costs.Requests);
        var held = new MarketoHoldings(_marketo.Leads, _query);
        var tallies = new Dictionary<MarketoObjectType, VerifyTally>();
        var findings = new List<VerifyFinding>();
        var disabled = new List<string>();
        string? stopped = null;
        try
        {
            var enabled = await _settings.ReadAsync(ct).ConfigureAwait(false);
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

                await foreach (var chunk in _rows.ReadAsync(table, scope.Sample, random, ct).ConfigureAwait(false))
                {
                    findings.AddRange(table == DataverseSchema.Connection.EntityName
                        ? await _roles.CheckAsync(chunk, tally, held, ct).ConfigureAwait(false)
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
            _marketo.Quota.Used - calls, _costs.Requests - requests, stopped);
    }

    /// <summary>Sales persons, companies, persons or opportunities: each row mapped as the drain maps it, then checked.</summary>
    private async Task<List<VerifyFinding>> CheckAsync(string table, IReadOnlyList<DataverseRow> chunk, VerifyTally tally, MarketoHoldings held, CancellationToken ct)
    {
        var records = await _expected.OfAsync(table, chunk, ct).ConfigureAwait(false);
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

    private static RecordId? Link(MarketoLead lead, string field) => lead.Fields?.GetValueOrDefault(field) is RecordId id ? id : null;
}
