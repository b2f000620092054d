using Microsoft.AspNetCore.Builder;
using MsiDynamics.Emulators.Kit.Hosting;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// A local stand-in for Marketo Engage's REST API over loopback HTTP (architecture.md §7): the identity endpoint,
/// the Lead Database endpoints for sales persons, companies, leads, opportunities and roles, and the
/// activity stream and the daily usage, with Marketo's envelope, per-record validation against each object's
/// describe, token expiry, limits and injected faults, each traced to marketo.md.
/// </summary>
public sealed class MarketoEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly MarketoContext _context;

    private MarketoEmulator(WebApplication app, MarketoContext context, Uri baseUrl)
    {
        _app = app;
        _context = context;
        BaseUrl = baseUrl;
    }

    /// <summary>"http://127.0.0.1:&lt;port&gt;/": identity at <c>identity/oauth/token</c>, REST under <c>rest/v1/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The options in force; changes take effect on the next call.</summary>
    public MarketoEmulatorOptions Options => _context.Options;

    /// <summary>What the instance holds.</summary>
    public MarketoStore Store => _context.Store;

    /// <summary>What clients did.</summary>
    public MarketoTraffic Traffic => _context.Traffic;

    /// <summary>Starts Kestrel on 127.0.0.1:<see cref="MarketoEmulatorOptions.Port"/> (0 = a free port).</summary>
    public static async Task<MarketoEmulator> StartAsync(MarketoEmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var context = new MarketoContext(options);
        var app = MarketoApp.Build(context);
        return new MarketoEmulator(app, context, await LoopbackApp.StartAsync(app, cancellationToken));
    }

    /// <summary>
    /// Records an interesting moment as MSI would: sets the lead's <c>msiLastInterestingMoment*</c> fields
    /// (date = now on the emulator's clock), raises priority, relativeUrgency and relativeScore, and appends
    /// an "Interesting Moment" activity (type 46). Returns the activity id. Throws for an unknown lead.
    /// </summary>
    public int RecordInterestingMoment(int leadId, string type, string description, string source) =>
        InterestingMoments.Record(Store, _context.Time.GetUtcNow(), leadId, type, description, source);

    /// <summary>
    /// Changes a lead's MSI scores and logs an activity per changed field: "Change Score" (22) for the relative score,
    /// "Change Data Value" (13) for priority and relative urgency. Null leaves a score as it is. Returns the activity ids.
    /// </summary>
    public IReadOnlyList<int> RecordMsiScoreChange(int leadId, int? priority, int? relativeUrgency, int? relativeScore) =>
        MsiScoreChanges.Record(Store, _context.Time.GetUtcNow(), leadId, priority, relativeUrgency, relativeScore);

    /// <summary>Sets a lead's MSI scores without an activity, as MSI's periodic recalculation does.</summary>
    public void SetMsiScores(int leadId, int? priority, int? relativeUrgency, int? relativeScore) =>
        InterestingMoments.SetScores(Store, _context.Time.GetUtcNow(), leadId, priority, relativeUrgency, relativeScore);

    /// <summary>Seeds a sales person (no validation, see the seeding note on <see cref="SeedLead"/>).</summary>
    public SalesPerson SeedSalesPerson(string externalSalesPersonId, string email) =>
        MarketoSeeder.SalesPerson(_context, externalSalesPersonId, email);

    /// <summary>Seeds a company; its sales person need not exist.</summary>
    public Company SeedCompany(string externalCompanyId, string? externalSalesPersonId = null, string? name = null) =>
        MarketoSeeder.Company(_context, externalCompanyId, externalSalesPersonId, name);

    /// <summary>
    /// Seeds a lead straight into the store: no dedupe (two leads may share an address, for 1007), no
    /// validation, no activity. <paramref name="fields"/> are any further lead fields, as strings.
    /// </summary>
    public Lead SeedLead(string? email, IReadOnlyDictionary<string, string?>? fields = null) =>
        MarketoSeeder.Lead(_context, email, fields);

    /// <summary>Seeds an opportunity; its company and sales person need not exist.</summary>
    public Opportunity SeedOpportunity(string externalOpportunityId, string name, string? externalCompanyId = null, string? externalSalesPersonId = null) =>
        MarketoSeeder.Opportunity(_context, externalOpportunityId, name, externalCompanyId, externalSalesPersonId);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
