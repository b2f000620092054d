using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Dataverse.Identity;
using MsiDynamics.CompanionService.Service;
using MsiDynamics.CompanionService.Sync.Drain;
using MsiDynamics.CompanionService.Tests.Dataverse.Loopback;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Service;

/// <summary>
/// The <c>run</c> host as the executable builds it, on Kestrel at a free loopback port, over the Dataverse emulator:
/// it claims the lease, drains, answers <c>/health</c>, and releases the lease when stopped.
/// </summary>
public sealed class RunHostTests
{
    [Test]
    public async Task The_run_host_drains_under_the_lease_reports_health_and_releases_the_lease_when_stopped()
    {
        await using var dataverse = await LoopbackDataverse.StartAsync();
        var cycle = new FakeDrainCycle(TimeProvider.System);
        cycle.Script(Reports.Work);
        using var host = Build(dataverse, cycle);

        await host.StartAsync();
        using var http = Client(host);
        await Eventually.Until(() => cycle.Count >= 2, "a cycle with work, then the next at once");
        var health = await http.GetAsync("/health");
        var body = await health.Content.ReadAsStringAsync();
        await host.StopAsync();

        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("lease").GetString(), Is.EqualTo("holding"));
        Assert.That(body, Does.Not.Contain("secret").And.Not.Contain("127.0.0.1"));
        Assert.That(await dataverse.AddWorker("host-2", new Dictionary<string, string?> { ["DrainLease:Holder"] = "host-2" })
            .Get<DrainLeaseHolder>().StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Claimed),
            "the stopped host released the lease");
    }

    [Test]
    public async Task The_Prometheus_scrape_serves_the_worker_meter_when_turned_on_and_carries_no_secret()
    {
        await using var dataverse = await LoopbackDataverse.StartAsync();
        var cycle = new FakeDrainCycle(TimeProvider.System);
        cycle.Script(Reports.Work);
        using var host = Build(dataverse, cycle, "--Telemetry:Prometheus=true");

        await host.StartAsync();
        using var http = Client(host);
        await Eventually.Until(() => cycle.Count >= 2, "a cycle with work, then the next at once");
        var scrape = await http.GetStringAsync("/metrics");
        await host.StopAsync();

        Assert.That(scrape, Does.Contain("msi_worker_records_pushed").And.Contain("object_type=\"lead\"").And.Contain("msi_worker_dataverse_requests"));
        Assert.That(scrape, Does.Not.Contain(RunnerLoopback.MarketoSecret).And.Not.Contain("dataverse-secret"));
    }

    private static IHost Build(LoopbackDataverse dataverse, FakeDrainCycle cycle, params string[] more) => WorkerHost.BuildRun(
        [
            $"--Dataverse:Url={dataverse.Emulator.BaseUrl.AbsoluteUri}", "--Dataverse:TenantId=contoso", "--Dataverse:ClientId=worker",
            "--Dataverse:ClientSecret=dataverse-secret", "--Marketo:BaseUrl=http://127.0.0.1:9/", "--Marketo:ClientId=marketo",
            $"--Marketo:ClientSecret={RunnerLoopback.MarketoSecret}", "--DrainLease:Holder=host-1", "--Endpoints:Urls=http://127.0.0.1:0", .. more,
        ],
        builder =>
        {
            builder.Services.AddSingleton<IDataverseTokenSource>(new StaticTokenSource("host-1"));
            builder.Services.AddSingleton<IDrainCycle>(cycle);
        });

    private static HttpClient Client(IHost host) => new()
    {
        BaseAddress = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()),
    };
}
