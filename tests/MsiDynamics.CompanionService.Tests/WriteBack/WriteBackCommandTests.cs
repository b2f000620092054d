using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;
using MsiDynamics.CompanionService.Tests.Service;
using MsiDynamics.CompanionService.Tests.Sync.Drain;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.WriteBack;

/// <summary><c>writeback --once [--full]</c> as a Dynamics admin meets it: its help, its refusal without <c>--once</c>, the lease, and one run.</summary>
public sealed class WriteBackCommandTests
{
    [Test]
    public async Task Writeback_once_help_explains_what_it_writes_its_options_and_exit_codes()
    {
        var (code, output, _) = await InvokeAsync(null, "writeback", "--once", "--help");

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("Marketo Sales Insight").And.Contain("--full").And.Contain("--once")
            .And.Contain("WriteBack:Columns").And.Contain("drain lease").And.Contain("Exit code 0"));
    }

    [Test]
    public async Task Writeback_without_once_is_refused_with_what_to_type()
    {
        var (code, _, error) = await InvokeAsync(null, "writeback");

        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain("writeback needs --once"));
    }

    [Test]
    public async Task Writeback_once_brings_an_interesting_moment_home_and_releases_the_lease()
    {
        await using var rig = await DrainRig.StartAsync();
        var scene = await WriteBackScene.SyncAsync(rig);
        rig.Marketo.RecordInterestingMoment(scene.LeadMarketoId, "Web", "Visited the pricing page", "Web page");

        var (code, output, error) = await InvokeAsync(rig, "writeback", "--once");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(DrainExit.Drained), error);
            Assert.That(output, Does.StartWith("Done: ").And.Contain("1 rows written"));
            Assert.That(scene.Lead.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentDesc), Is.EqualTo("Visited the pricing page"));
        });
        var standby = rig.Worker("standby").GetRequiredService<DrainLeaseHolder>();
        await standby.StepAsync(CancellationToken.None);
        Assert.That(standby.IsHolding, Is.True, "the command released the lease when it finished");
    }

    [Test]
    public async Task Writeback_once_does_nothing_and_exits_3_while_another_worker_holds_the_drain_lease()
    {
        await using var rig = await DrainRig.StartAsync();
        var scene = await WriteBackScene.SyncAsync(rig);
        var running = rig.Worker("running-worker").GetRequiredService<DrainLeaseHolder>();
        await running.StepAsync(CancellationToken.None);
        rig.Marketo.RecordInterestingMoment(scene.LeadMarketoId, "Web", "Visited the pricing page", "Web page");

        var (code, _, error) = await InvokeAsync(rig, "writeback", "--once");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(DrainExit.LeaseHeldElsewhere));
            Assert.That(error, Does.Contain("Another worker holds the drain lease"));
            Assert.That(scene.Lead.GetAttributeValue<string>(DataverseSchema.MsiColumns.LastInterestingMomentDesc), Is.Null);
        });
    }

    private static async Task<(int Code, string Output, string Error)> InvokeAsync(DrainRig? rig, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var settings = rig is null ? [] : new[]
        {
            $"--Dataverse:Url={rig.Dataverse.BaseUrl.AbsoluteUri}", "--Dataverse:TenantId=contoso", "--Dataverse:ClientId=worker",
            "--Dataverse:ClientSecret=dataverse-secret", $"--Marketo:BaseUrl={rig.Marketo.BaseUrl.AbsoluteUri}",
            $"--Marketo:ClientId={rig.Marketo.Options.ClientId}", $"--Marketo:ClientSecret={rig.Marketo.Options.ClientSecret}",
            "--DrainLease:Holder=writeback-command",
        };
        var root = WorkerCommandLine.Create(builder => builder.Services.AddSingleton<IDataverseTokenSource>(new StaticTokenSource("writeback-command")));
        var code = await root.Parse([.. args, .. settings]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null })
            .WaitAsync(TimeSpan.FromSeconds(60));
        return (code, output.ToString(), error.ToString());
    }
}
