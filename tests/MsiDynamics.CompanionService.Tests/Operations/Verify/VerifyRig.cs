using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;
using MsiDynamics.CompanionService.Tests.Service;
using MsiDynamics.CompanionService.Tests.Sync.Drain;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Operations.Verify;

/// <summary>
/// A small org saved through the real plug-ins and drained to the Marketo emulator (<see cref="DrainRig"/>,
/// <see cref="SmallOrg"/>), then <c>verify</c> run as an admin runs it: the worker's command line, with the settings
/// on it. <see cref="Planter"/> breaks links in Marketo through its REST API.
/// </summary>
internal sealed class VerifyRig : IAsyncDisposable
{
    private VerifyRig(DrainRig drain, SmallOrg org)
    {
        Drain = drain;
        Org = org;
        Planter = new MislinkPlanter(drain.Marketo);
    }

    public DrainRig Drain { get; }

    public SmallOrg Org { get; }

    public MislinkPlanter Planter { get; }

    public MarketoStore Store => Drain.Store;

    /// <summary>The Marketo client secret on the command line: it must never show in what verify writes.</summary>
    public string MarketoSecret => Drain.Marketo.Options.ClientSecret!;

    /// <summary>The Dataverse client secret on the command line (tokens come from a test source; the secret is only carried).</summary>
    public const string DataverseSecret = "dataverse-secret-7d2e41";

    public static async Task<VerifyRig> StartAsync()
    {
        var drain = await DrainRig.StartAsync();
        var org = SmallOrg.Save(drain);
        await drain.DrainAsync();
        return new VerifyRig(drain, org);
    }

    /// <summary>The Marketo lead id of the person standing for Dynamics row <paramref name="id"/>.</summary>
    public int LeadOf(RecordId id) => Store.FindLeadsByExternalPersonId(id.ToString()).Single().Id;

    /// <summary>Runs <c>verify</c> with <paramref name="args"/> and the rig's settings; returns the exit code and what it wrote.</summary>
    public async Task<(int Code, string Output, string Error)> VerifyAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = WorkerCommandLine.Create(builder => builder.Services.AddSingleton<IDataverseTokenSource>(new StaticTokenSource("verify")));
        string[] all =
        [
            "verify",
            $"--Dataverse:Url={Drain.Dataverse.BaseUrl.AbsoluteUri}", "--Dataverse:RetryBaseDelay=00:00:00.001", "--Dataverse:MaxRetryDelay=00:00:00.005",
            "--Dataverse:TenantId=contoso", "--Dataverse:ClientId=verify", $"--Dataverse:ClientSecret={DataverseSecret}",
            $"--Marketo:BaseUrl={Drain.Marketo.BaseUrl.AbsoluteUri}", $"--Marketo:ClientId={Drain.Marketo.Options.ClientId}",
            $"--Marketo:ClientSecret={MarketoSecret}", "--Marketo:RetryBaseDelay=00:00:00.001", "--Marketo:MaxRetryDelay=00:00:00.005",
            .. args, // last, so that a test's setting overrides the rig's
        ];
        var code = await root.Parse(all).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null })
            .WaitAsync(Eventually.Deadline);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>verify --json</c> with <paramref name="args"/>; returns the exit code and the parsed output.</summary>
    public async Task<(int Code, JsonElement Json)> VerifyJsonAsync(params string[] args)
    {
        var (code, output, error) = await VerifyAsync(["--json", .. args]);
        Assert.That(error, Is.Empty);
        using var document = JsonDocument.Parse(output);
        return (code, document.RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Planter.Dispose();
        await Drain.DisposeAsync();
    }
}
