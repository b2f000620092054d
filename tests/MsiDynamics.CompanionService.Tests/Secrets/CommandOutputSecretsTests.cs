using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using IMsalHttpClientFactory = Microsoft.Identity.Client.IMsalHttpClientFactory;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.Tests.Operations.Doctor;
using MsiDynamics.CompanionService.Tests.Service;
using MsiDynamics.Schema;
using MsiDynamics.Tests.Secrets;

namespace MsiDynamics.CompanionService.Tests.Secrets;

/// <summary>
/// The one-shot commands an admin runs and pastes into a ticket — <c>drain --once</c>, <c>status</c>, <c>verify</c> and
/// <c>doctor</c>, as text and as JSON — through the worker's command line with distinctive credentials: the Dataverse
/// tokens come from the real MSAL source against a stand-in Entra ID, the Marketo ones from the emulator. Doctor runs
/// healthy, with a wrong Marketo client secret and with a wrong Dataverse client secret. What the commands wrote, every
/// log line, every metric measurement and every queue and sync state column must hold no secret, no token issued, no
/// "Bearer" value and no "access_token" (architecture.md §4, §6).
/// </summary>
public sealed class CommandOutputSecretsTests
{
    private const string MarketoSecret = "mkto-CMD-SECRET-4e9a0c7b1f";
    private const string WrongMarketoSecret = "mkto-CMD-WRONG-81d3f5a62c";
    private const string DataverseSecret = "dv-CMD-SECRET-Zq7~xW2_pL9";
    private const string WrongDataverseSecret = "dv-CMD-WRONG-Hj4~tR8_nB1";
    private const string DataverseToken = "eyJ0eXAiOiJKV1QifQ.dv-CMD-BEARER-6c2e9f0a.sig";

    [Test]
    public async Task Status_verify_doctor_and_drain_write_no_secret_or_token_also_when_a_client_secret_is_wrong()
    {
        await using var rig = await DoctorRig.StartAsync();
        rig.Marketo.Options.ClientSecret = MarketoSecret;
        var entra = new StubEntra(DataverseSecret, DataverseToken);
        var logs = new RecordingLoggerProvider();
        using var metrics = new MetricRecorder();
        var marketoTokens = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var outputs = new List<string>();
        async Task<int> Run(string[] command, params string[] overrides)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var root = WorkerCommandLine.Create(builder =>
            {
                builder.Logging.AddProvider(logs);
                builder.Logging.AddFilter<RecordingLoggerProvider>(null, LogLevel.Trace);
                builder.Services.AddSingleton<IMsalHttpClientFactory>(entra);
                builder.Services.AddHttpClient("Marketo").AddHttpMessageHandler(() => new MarketoTokenCapture(marketoTokens));
            });
            string[] settings =
            [
                $"--Dataverse:Url={rig.Dataverse.BaseUrl.AbsoluteUri}", "--Dataverse:TenantId=6f1c2a7e-0d53-4c1b-9a55-2f0e8d1c3b44",
                "--Dataverse:ClientId=b7c2d9e1-4a6f-4f0b-8c3d-5e9a1b2c3d4e", $"--Dataverse:ClientSecret={DataverseSecret}", "--Dataverse:MaxRetryAttempts=0",
                $"--Marketo:BaseUrl={rig.Marketo.BaseUrl.AbsoluteUri}", "--Marketo:ClientId=doctor-client", $"--Marketo:ClientSecret={MarketoSecret}",
                "--Marketo:RetryBaseDelay=00:00:00.001", "--Marketo:MaxRetryDelay=00:00:00.005", "--DrainLease:Holder=admin",
            ];
            var code = await root.Parse([.. command, .. settings, .. overrides]) // a later setting overrides an earlier one
                .InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null })
                .WaitAsync(Eventually.Deadline);
            outputs.Add($"{string.Join(" ", command)} exit {code}: {output} | {error}");
            return code;
        }

        Lead("Ada", "ada.lovelace@fabrikam.example");
        Lead("Bad", "bad.address@nowhere");
        var drained = await Run(["drain", "--once"]);
        var codes = new List<int>();
        foreach (string[] command in (string[][])[["status"], ["status", "--json"], ["verify", "--all"], ["verify", "--all", "--json"], ["doctor"], ["doctor", "--json"]])
        {
            codes.Add(await Run(command));
        }

        var refusedBefore = rig.Marketo.Traffic.CallsWithCode("401");
        var doctorWrongMarketo = (await Run(["doctor"], $"--Marketo:ClientSecret={WrongMarketoSecret}"), await Run(["doctor", "--json"], $"--Marketo:ClientSecret={WrongMarketoSecret}"));
        Lead("Cleo", "cleo.wright@fabrikam.example");
        var drainWrongMarketo = await Run(["drain", "--once"], $"--Marketo:ClientSecret={WrongMarketoSecret}");
        var marketoRefusals = rig.Marketo.Traffic.CallsWithCode("401") - refusedBefore;
        var doctorWrongDataverse = (await Run(["doctor"], $"--Dataverse:ClientSecret={WrongDataverseSecret}"), await Run(["doctor", "--json"], $"--Dataverse:ClientSecret={WrongDataverseSecret}"));
        var statusWrongDataverse = await Run(["status"], $"--Dataverse:ClientSecret={WrongDataverseSecret}");
        metrics.Scrape();

        var scan = new SecretScan();
        scan.Secret("Marketo client secret", MarketoSecret);
        scan.Secret("wrong Marketo client secret", WrongMarketoSecret);
        scan.Secret("Dataverse client secret", DataverseSecret);
        scan.Secret("wrong Dataverse client secret", WrongDataverseSecret);
        scan.Secret("Dataverse bearer token", DataverseToken);
        foreach (var (token, i) in marketoTokens.Keys.Select((t, i) => (t, i)))
        {
            scan.Secret($"Marketo access token {i + 1}", token);
            scan.Secret($"Marketo access token {i + 1} (its id)", token.Split(':')[0]);
        }

        scan.Add("command output", outputs);
        scan.Add("log", logs.Lines);
        scan.Add("metric", metrics.Measurements);
        scan.Add("msi_syncqueueitem", Rows(rig, DataverseSchema.SyncQueueItem.EntityName));
        scan.Add("msi_syncstate", Rows(rig, DataverseSchema.SyncState.EntityName));
        TestContext.Out.WriteLine(
            $"Scanned {scan.Count("command output")} command outputs, {scan.Count("log")} log lines, {scan.Count("metric")} measurements, "
            + $"{scan.Count("msi_syncqueueitem")} queue columns and {scan.Count("msi_syncstate")} sync state columns for {scan.SecretNames.Count} secrets.");

        Assert.Multiple(() =>
        {
            Assert.That(drained, Is.EqualTo(DrainExit.Drained), "the first drain pushed the leads");
            Assert.That(codes, Is.EqualTo(new[] { 0, 0, codes[2], codes[3], 0, 0 }), "status and a healthy doctor exit 0");
            Assert.That(doctorWrongMarketo, Is.EqualTo((1, 1)), "doctor fails the Marketo credentials");
            Assert.That((drainWrongMarketo, marketoRefusals > 0), Is.EqualTo((DrainExit.Stopped, true)), "Marketo's identity refused the wrong secret");
            Assert.That(doctorWrongDataverse, Is.EqualTo((1, 1)), "doctor fails the Dataverse connection");
            Assert.That(outputs.Count(o => o.StartsWith("doctor", StringComparison.Ordinal) && o.Contains("AADSTS7000215", StringComparison.Ordinal)), Is.EqualTo(2), "doctor quotes Entra's code whole");
            Assert.That(statusWrongDataverse, Is.Not.Zero);
            Assert.That((entra.Issued > 0, entra.Refused > 0), Is.EqualTo((true, true)), "Entra ID issued tokens for the secret and refused the wrong one");
            Assert.That(marketoTokens, Is.Not.Empty);
            Assert.That(scan.Count("log"), Is.GreaterThan(0));
            Assert.That(scan.Count("msi_syncqueueitem"), Is.GreaterThan(0));
            Assert.That(scan.Findings(), Is.Empty, "where a secret or a token was found");
        });

        void Lead(string firstName, string email) => rig.System.Create(new Entity(DataverseSchema.Lead.EntityName)
        {
            ["firstname"] = firstName,
            ["lastname"] = "Tester",
            ["companyname"] = "Fabrikam",
            ["emailaddress1"] = email,
            ["ownerid"] = new EntityReference(DataverseSchema.SystemUser.EntityName, rig.Owner),
        });
    }

    /// <summary>Every column of every row of <paramref name="table"/>, one text each.</summary>
    private static List<string> Rows(DoctorRig rig, string table) =>
        [.. rig.Org.Rows(table).SelectMany(r => r.Attributes.Select(a => $"{table} {r.Id} {a.Key}={Text(a.Value)}"))];

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        EntityReference reference => $"{reference.LogicalName}:{reference.Id}:{reference.Name}",
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
