using System.CommandLine;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Xrm.Sdk;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Dataverse.Retention;
using MsiDynamics.CompanionService.Hosting;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Plugins.Steps;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Operations.Doctor;

/// <summary>
/// A healthy emulated go-live: both emulators with the real plug-in steps, one sync setting row per synced table, the
/// retention job scheduled by the worker's own scheduler, and one sales person whose e-mail matches its Dynamics user.
/// Tests plant one fault, run <c>doctor --json</c> through the worker's command line and read the findings.
/// </summary>
internal sealed class DoctorRig : IAsyncDisposable
{
    public const string DataverseSecret = "dataverse-secret-7d41e0";
    public const string MarketoSecret = "marketo-secret-2b9f55";
    public const string OwnerEmail = "olive.owner@fabrikam.example";

    /// <summary>The tables whose changes are synced, each with its setting row (architecture.md §4).</summary>
    public static readonly string[] SyncedTables = ["systemuser", "account", "lead", "contact", "opportunity", "connection"];

    private readonly Dictionary<string, string?> _settings;

    private DoctorRig(DataverseEmulator dataverse, MarketoEmulator marketo, Dictionary<string, string?> settings)
    {
        Dataverse = dataverse;
        Marketo = marketo;
        _settings = settings;
    }

    public DataverseEmulator Dataverse { get; }

    public MarketoEmulator Marketo { get; }

    public InMemoryOrganization Org => Dataverse.Organization;

    public IOrganizationService System => Org.ServiceAs(Org.SystemUserId);

    /// <summary>The Dynamics user who owns records, a sales person in Marketo with the same e-mail.</summary>
    public Guid Owner { get; private set; }

    /// <summary>Starts the healthy rig; <paramref name="dataverse"/> and <paramref name="marketo"/> plant faults before start.</summary>
    public static async Task<DoctorRig> StartAsync(
        Action<MarketoEmulatorOptions>? marketo = null, IList<string>? absentSchema = null, bool scheduleRetention = true, IEnumerable<string>? settingRows = null)
    {
        var dataverse = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions
        {
            PluginAssemblies = [typeof(CapturePlugin).Assembly],
            AbsentSchema = absentSchema ?? [],
        });
        var marketoOptions = new MarketoEmulatorOptions { ClientId = "doctor-client", ClientSecret = MarketoSecret };
        marketo?.Invoke(marketoOptions);
        var marketoEmulator = await MarketoEmulator.StartAsync(marketoOptions);
        var settings = new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = dataverse.BaseUrl.AbsoluteUri,
            ["Dataverse:TenantId"] = "6f1c2a7e-0d53-4c1b-9a55-2f0e8d1c3b44",
            ["Dataverse:ClientId"] = "b7c2d9e1-4a6f-4f0b-8c3d-5e9a1b2c3d4e",
            ["Dataverse:ClientSecret"] = DataverseSecret,
            ["Dataverse:MaxRetryAttempts"] = "0",
            ["Marketo:BaseUrl"] = marketoEmulator.BaseUrl.AbsoluteUri,
            ["Marketo:ClientId"] = "doctor-client",
            ["Marketo:ClientSecret"] = MarketoSecret,
            ["Marketo:RetryBaseDelay"] = "00:00:00.001",
            ["Marketo:MaxRetryDelay"] = "00:00:00.005",
        };
        var rig = new DoctorRig(dataverse, marketoEmulator, settings);
        foreach (var table in settingRows ?? SyncedTables)
        {
            rig.Org.Seed(new Entity(DataverseSchema.SyncSetting.EntityName)
            {
                ["msi_name"] = table,
                [DataverseSchema.SyncSetting.Entity] = table,
                [DataverseSchema.SyncSetting.Enabled] = true,
            });
        }

        rig.Owner = rig.Org.Seed(new Entity(DataverseSchema.SystemUser.EntityName)
        {
            ["firstname"] = "Olive",
            ["lastname"] = "Owner",
            ["internalemailaddress"] = OwnerEmail,
            ["isdisabled"] = false,
            ["accessmode"] = new OptionSetValue(0),
        });
        marketoEmulator.SeedSalesPerson(rig.Owner.ToString("D"), OwnerEmail);
        if (scheduleRetention)
        {
            await rig.ScheduleRetentionAsync();
        }

        return rig;
    }

    /// <summary>Where the next runs get their Dataverse tokens (default: a token the emulator takes for its application user).</summary>
    public IDataverseTokenSource Tokens { get; set; } = new StaticTokenSource("doctor");

    /// <summary>Overrides a setting of the next run (e.g. a wrong secret, an unreachable URL).</summary>
    public DoctorRig With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Runs <c>doctor</c> (with <paramref name="options"/>, e.g. --json) as an admin would; returns the exit code and both outputs.</summary>
    public async Task<(int Code, string Output, string Error)> RunAsync(params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = WorkerCommandLine.Create(builder => builder.Services.AddSingleton(Tokens));
        string[] args = ["doctor", .. options, .. _settings.Where(s => s.Value is not null).Select(s => $"--{s.Key}={s.Value}")];
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null })
            .WaitAsync(TimeSpan.FromMinutes(1));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>doctor --json</c>; returns the exit code and each check's finding by its name.</summary>
    public async Task<(int Code, IReadOnlyDictionary<string, Finding> Checks)> RunJsonAsync()
    {
        var (code, output, error) = await RunAsync("--json");
        Assert.That(error, Is.Empty);
        var checks = JsonNode.Parse(output)!["checks"]!.AsArray()
            .Select(c => new Finding(c!["check"]!.GetValue<string>(), c["status"]!.GetValue<string>(), c["finding"]!.GetValue<string>(), c["fix"]?.GetValue<string>()))
            .ToDictionary(f => f.Check);
        return (code, checks);
    }

    private async Task ScheduleRetentionAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDataverseTokenSource>(new StaticTokenSource("doctor"));
        services.AddMsiWorker(configuration);
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        var job = await provider.GetRequiredService<RetentionScheduler>().EnsureScheduledAsync(CancellationToken.None);
        Assert.That(job.State, Is.EqualTo(RetentionJobState.Created), job.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await Marketo.DisposeAsync();
        await Dataverse.DisposeAsync();
    }

    /// <summary>One check as <c>--json</c> wrote it.</summary>
    public sealed record Finding(string Check, string Status, string Text, string? Fix);
}
