using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.WriteBack;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Sandbox.Hosting;
using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;
using MsiDynamics.Tests.Secrets;

namespace MsiDynamics.Sandbox.Tests.Secrets;

/// <summary>
/// The sandbox's main flow (seed two days, drain, write-back, verify, report) with distinctive credentials, then the
/// failures where a secret is likeliest to slip into a message: Marketo refusing the client secret (identity 401),
/// an expired Marketo token (602), Marketo refusing a token (601) or answering 503, Dataverse answering 401 and 503.
/// Afterwards every log line (with its structured values, scopes and exception), every metric measurement, every column
/// of every <c>msi_syncqueueitem</c> and <c>msi_syncstate</c> row, the report and every outcome the test saw are scanned
/// for the client secrets, the Dataverse bearer token, every Marketo access token issued, any "Bearer" value and
/// "access_token" (architecture.md §4, §6): none may hold one.
/// </summary>
public sealed class SecretsUnderFireTests
{
    private const string MarketoClientId = "msi-scan-client";
    private const string MarketoSecret = "mkto-SECRET-7f3c1a9e5b2d4c60";
    private const string WrongMarketoSecret = "mkto-WRONG-2b8e6d0f9a1c3e57";
    private const string DataverseSecret = "dv-SECRET-Q8r4Tz91xKpLm2w";
    private const string DataverseToken = "dv-BEARER-5e0c7b1d93fa4e68a2";
    private const string Holder = "secrets-scan";

    /// <summary>The other tables the worker reads or writes (the MSI values come back to lead and contact).</summary>
    private static readonly string[] OtherTables =
    [
        DataverseSchema.SyncSetting.EntityName, DataverseSchema.SystemUser.EntityName, DataverseSchema.Account.EntityName,
        DataverseSchema.Lead.EntityName, DataverseSchema.Contact.EntityName, DataverseSchema.Opportunity.EntityName,
        DataverseSchema.Connection.EntityName,
    ];

    [Test]
    public async Task No_log_line_metric_queue_row_or_report_holds_a_secret_or_a_token_after_the_flow_and_its_failures()
    {
        var logs = new RecordingLoggerProvider();
        using var metrics = new MetricRecorder();
        var marketoTokens = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        Func<HttpRequestMessage, bool> revoked = _ => false;
        var outcomes = new List<string>();
        await using var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions { PluginAssemblies = [PluginAssembly.Capture] });
        await using var marketo = await MarketoEmulator.StartAsync(
            new MarketoEmulatorOptions { ClientId = MarketoClientId, ClientSecret = MarketoSecret });
        var tokens = new DistinctiveTokenSource(DataverseToken);
        ServiceProvider Worker(string marketoSecret, int retries) => SandboxWorker.Build(dataverse.BaseUrl, marketo.BaseUrl, holder: Holder,
            settings: new Dictionary<string, string?>
            {
                ["Marketo:ClientId"] = MarketoClientId,
                ["Marketo:ClientSecret"] = marketoSecret,
                ["Dataverse:TenantId"] = "contoso.onmicrosoft.com",
                ["Dataverse:ClientId"] = "5f1c7a2e-0000-4000-8000-00000000c11e",
                ["Dataverse:ClientSecret"] = DataverseSecret,
                ["Marketo:MaxRetryAttempts"] = retries.ToString(CultureInfo.InvariantCulture),
                ["Dataverse:MaxRetryAttempts"] = retries.ToString(CultureInfo.InvariantCulture),
            },
            configure: services =>
            {
                services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
                services.AddSingleton<IDataverseTokenSource>(tokens);
                services.AddHttpClient("Marketo").AddHttpMessageHandler(() => new MarketoTokenCapture(marketoTokens));
                services.AddHttpClient("Dataverse").AddHttpMessageHandler(() => new RevokedDataverseToken(request => Volatile.Read(ref revoked)(request)));
            });
        await using var services = Worker(MarketoSecret, retries: 4);
        await using var failing = Worker(MarketoSecret, retries: 0);
        await using var wrongSecret = Worker(WrongMarketoSecret, retries: 0);
        using var output = new StringWriter();

        // The main job's steps (SandboxMainJob.RunAsync), on this wiring.
        using var http = new HttpClient { BaseAddress = dataverse.WebApiUrl };
        var writer = new WebApiWriter(http);
        var seed = new OrganisationSeed(dataverse, writer);
        var drains = new WorkerDrains(dataverse.Traffic, services, SandboxDrain.UntilIdleAsync);
        await seed.CreateAsync(CancellationToken.None);
        await drains.DrainAsync(output, CancellationToken.None);
        await seed.ChangeAsync(CancellationToken.None);
        await drains.DrainAsync(output, CancellationToken.None);
        var differences = ProjectionComparison.Compare(MarketoProjection.Of(dataverse.Organization), MarketoStoreState.Of(marketo.Store));
        var drainCalls = marketo.Traffic.TotalCalls;
        var msi = await SandboxWriteBack.RunAsync(services, dataverse.Organization, marketo, CancellationToken.None);
        var run = new SandboxRun(QueueRowEnd.Read(dataverse.Organization), drains.Cycles, drainCalls,
            drains.Requests, drains.Operations, drains.Elapsed, differences) { Msi = msi };
        SandboxReport.Write(output, run);
        Assert.That(run.Passed, Is.True, output.ToString());

        var contacts = dataverse.Organization.Rows(DataverseSchema.Contact.EntityName)
            .Where(c => !string.IsNullOrEmpty(c.GetAttributeValue<string>("emailaddress1"))).Select(c => c.Id).ToList();
        var change = 0;
        async Task<DrainSummary?> DrainAfterAChange(ServiceProvider worker, string phase, Action? fault = null, Action? heal = null)
        {
            var id = contacts[change % contacts.Count];
            await writer.UpdateAsync("contacts", id, new JsonObject { ["jobtitle"] = $"Title {++change}" }, CancellationToken.None);
            fault?.Invoke();
            try
            {
                var summary = await worker.GetRequiredService<DrainRunner>().DrainUntilEmptyAsync(CancellationToken.None);
                outcomes.Add($"{phase}: {summary}");
                return summary;
            }
            catch (Exception ex)
            {
                outcomes.Add($"{phase}: {ex}");
                return null;
            }
            finally
            {
                heal?.Invoke();
            }
        }

        // Marketo refuses the client secret: the identity endpoint answers 401.
        var refusedBefore = marketo.Traffic.CallsWithCode("401");
        var refused = await DrainAfterAChange(wrongSecret, "wrong Marketo secret");
        Assert.That((refused?.Drained, marketo.Traffic.CallsWithCode("401") > refusedBefore), Is.EqualTo((false, true)));

        // The Marketo token expires: the emulator's clock moves past its lifetime, the worker is answered 602 and asks again.
        var issuedBefore = marketoTokens.Count;
        marketo.Options.TimeProvider = new FakeTimeProvider(DateTimeOffset.UtcNow + marketo.Options.TokenLifetime + TimeSpan.FromHours(1));
        var expired = await DrainAfterAChange(services, "expired Marketo token");
        Assert.That((expired?.Drained, marketo.Traffic.CallsWithCode("602"), marketoTokens.Count > issuedBefore), Is.EqualTo((true, 1, true)));

        // Marketo refuses the token (601) on every call, then answers 503 from its gateway.
        var rates = marketo.Options.Faults.ErrorRates;
        await DrainAfterAChange(failing, "Marketo 601", () => rates["601"] = 1, rates.Clear);
        await DrainAfterAChange(failing, "Marketo 503", () => rates["503"] = 1, rates.Clear);
        Assert.That((marketo.Traffic.CallsWithCode("601") > 0, marketo.Traffic.CallsWithCode("503") > 0), Is.EqualTo((true, true)));

        // Dataverse does not accept the token (401; the worker asks for a fresh one once): for every request, for the
        // queue's reads only (the lease is claimed, the cycle fails), and for the queue's writes only (Marketo has been
        // pushed to, the completion fails); then Dataverse answers 503.
        Func<HttpRequestMessage, bool> none = _ => false;
        static bool Queue(HttpRequestMessage r) => r.RequestUri!.AbsoluteUri.Contains(DataverseSchema.SyncQueueItem.EntitySetName, StringComparison.Ordinal);
        var unauthorized = await DrainAfterAChange(failing, "Dataverse 401", () => Volatile.Write(ref revoked, _ => true), () => Volatile.Write(ref revoked, none));
        var readRefused = await DrainAfterAChange(failing, "Dataverse 401 reading the queue",
            () => Volatile.Write(ref revoked, r => r.Method == HttpMethod.Get && Queue(r)), () => Volatile.Write(ref revoked, none));
        var marketoCallsBefore = marketo.Traffic.TotalCalls;
        var completionRefused = await DrainAfterAChange(failing, "Dataverse 401 completing the queue",
            () => Volatile.Write(ref revoked, Times(2, r => r.Method != HttpMethod.Get && (Queue(r) || r.RequestUri!.AbsolutePath.EndsWith("$batch", StringComparison.Ordinal)))),
            () => Volatile.Write(ref revoked, none));
        Assert.That((readRefused?.Drained, completionRefused?.Cycles > 1, marketo.Traffic.TotalCalls > marketoCallsBefore), Is.EqualTo((false, true, true)),
            "the queue read was refused; the first completion and its retry with a fresh token were refused, the next cycle pushed again");
        var unavailable = await DrainAfterAChange(failing, "Dataverse 503",
            () => dataverse.Options.Faults.ServiceUnavailableRate = 1, () => dataverse.Options.Faults.ServiceUnavailableRate = 0);
        Assert.That((unauthorized?.Drained ?? false, unavailable?.Drained ?? false, tokens.ForcedRefreshes > 0), Is.EqualTo((false, false, true)));
        Assert.That(dataverse.Traffic.ResponsesByStatus.GetValueOrDefault(401) > 0 && dataverse.Traffic.ResponsesByStatus.GetValueOrDefault(503) > 0);

        // The write-back meets Marketo refusing its token on every call (601), then runs again healthy.
        var writeBack = services.GetRequiredService<WriteBackCycle>();
        var runner = services.GetRequiredService<DrainRunner>();
        var refusedTokensBefore = marketo.Traffic.CallsWithCode("601");
        rates["601"] = 1;
        try
        {
            var refusedWriteBack = await runner.UnderLeaseAsync(ct => writeBack.RunOnceAsync(full: true, ct), CancellationToken.None);
            outcomes.Add($"write-back with Marketo 601: {refusedWriteBack.Held} {refusedWriteBack.Result}");
        }
        catch (Exception ex)
        {
            outcomes.Add($"write-back with Marketo 601: {ex}");
        }
        finally
        {
            rates.Clear();
        }

        Assert.That(marketo.Traffic.CallsWithCode("601"), Is.GreaterThan(refusedTokensBefore), "the write-back called Marketo and was refused");

        // The worker recovers and settles what the failures left due.
        var recovered = await DrainAfterAChange(services, "recovered");
        Assert.That(recovered?.Drained, Is.True, "the worker drains again once the failures are over");
        metrics.Scrape();

        var scan = new SecretScan();
        scan.Secret("Marketo client secret", MarketoSecret);
        scan.Secret("wrong Marketo client secret", WrongMarketoSecret);
        scan.Secret("Dataverse client secret", DataverseSecret);
        scan.Secret("Dataverse bearer token", DataverseToken);
        foreach (var (token, i) in marketoTokens.Keys.Select((t, i) => (t, i)))
        {
            scan.Secret($"Marketo access token {i + 1}", token);
            scan.Secret($"Marketo access token {i + 1} (its id)", token.Split(':')[0]);
        }

        scan.Add("log", logs.Lines);
        scan.Add("metric", metrics.Measurements);
        scan.Add("msi_syncqueueitem", Rows(dataverse, DataverseSchema.SyncQueueItem.EntityName));
        scan.Add("msi_syncstate", Rows(dataverse, DataverseSchema.SyncState.EntityName));
        scan.Add("synced tables", [.. OtherTables.SelectMany(t => Rows(dataverse, t))]);
        scan.Add("plug-in trace", dataverse.Organization.Traces);
        scan.Add("report", [output.ToString()]);
        scan.Add("outcome", outcomes);
        TestContext.Out.WriteLine(
            $"Scanned {scan.Count("log")} log lines, {scan.Count("metric")} measurements, {scan.Count("msi_syncqueueitem")} queue columns, "
            + $"{scan.Count("msi_syncstate")} sync state columns, {scan.Count("synced tables")} columns of the synced tables, "
            + $"{scan.Count("plug-in trace")} plug-in traces, {scan.Count("outcome")} outcomes and the report for {scan.SecretNames.Count} secrets.");

        Assert.Multiple(() =>
        {
            Assert.That(marketoTokens, Has.Count.GreaterThanOrEqualTo(2), "the first Marketo token and the one after expiry were captured");
            Assert.That(scan.Count("log"), Is.GreaterThan(0));
            Assert.That(scan.Count("metric"), Is.GreaterThan(0));
            Assert.That(scan.Count("msi_syncqueueitem"), Is.GreaterThan(0));
            Assert.That(scan.Count("msi_syncstate"), Is.GreaterThan(0));
            Assert.That(scan.Findings(), Is.Empty, "where a secret or a token was found");
        });
    }

    /// <summary>True for the first <paramref name="count"/> requests matching <paramref name="match"/> (a refusal that then passes).</summary>
    private static Func<HttpRequestMessage, bool> Times(int count, Func<HttpRequestMessage, bool> match)
    {
        var left = count;
        return request => match(request) && Interlocked.Decrement(ref left) >= 0;
    }

    /// <summary>Every column of every row of <paramref name="table"/>, one text each: "table id column=value".</summary>
    private static IEnumerable<string> Rows(DataverseEmulator dataverse, string table) =>
        dataverse.Organization.Rows(table).SelectMany(r => r.Attributes.Select(a => $"{table} {r.Id} {a.Key}={Text(a.Value)}")).ToList();

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        EntityReference reference => $"{reference.LogicalName}:{reference.Id}:{reference.Name}",
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
