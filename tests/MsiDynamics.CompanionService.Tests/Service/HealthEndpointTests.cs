using System.Net;
using System.Text.Json;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Sync.Drain;

namespace MsiDynamics.CompanionService.Tests.Service;

/// <summary><c>GET /health</c>: 200 or 503 with a reason class, and nothing a monitoring tool should not see.</summary>
public sealed class HealthEndpointTests
{
    [Test]
    public async Task A_holder_with_a_recent_cycle_is_healthy_and_the_answer_holds_classes_only()
    {
        await using var server = await EndpointsServer.StartAsync(new Dictionary<string, string?> { ["Endpoints:Urls"] = "http://127.0.0.1:5999" });
        server.Activity.LeaseStepped(DrainLeaseStep.Claimed);
        server.Activity.CycleStarting(RunnerLoopback.Start);
        server.Activity.CycleFinished(RunnerLoopback.Start, Reports.Work);
        server.Time.Advance(TimeSpan.FromSeconds(30));

        var response = await server.Client.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Fields(body), Is.EqualTo(new Dictionary<string, string>
        {
            ["status"] = "healthy", ["lease"] = "holding", ["lastCycle"] = "recent", ["lastCycleAgeSeconds"] = "30",
            ["dataverse"] = "reachable", ["marketo"] = "reachable",
        }));
        Assert.That(body, Does.Not.Contain(EndpointsServer.Key).And.Not.Contain("127.0.0.1").And.Not.Contain("5999").And.Not.Contain("http"));
    }

    [TestCase(DrainStop.DataverseUnavailable, "dataverse", "unreachable")]
    [TestCase(DrainStop.RunStopped, "marketo", "refused")]
    public async Task A_holder_whose_last_cycle_could_not_reach_a_service_is_503_naming_which(DrainStop stop, string field, string value)
    {
        await using var server = await EndpointsServer.StartAsync();
        server.Activity.LeaseStepped(DrainLeaseStep.Renewed);
        server.Activity.CycleStarting(RunnerLoopback.Start);
        server.Activity.CycleFinished(RunnerLoopback.Start, Reports.Stopped(stop));

        var response = await server.Client.GetAsync("/health");
        var fields = Fields(await response.Content.ReadAsStringAsync());

        Assert.That((response.StatusCode, fields["status"], fields[field]), Is.EqualTo((HttpStatusCode.ServiceUnavailable, "unhealthy", value)));
    }

    [Test]
    public async Task A_holder_whose_cycles_went_stale_is_503_while_a_standby_is_healthy()
    {
        await using var server = await EndpointsServer.StartAsync();
        server.Activity.LeaseStepped(DrainLeaseStep.Claimed);
        server.Activity.CycleStarting(RunnerLoopback.Start);
        server.Activity.CycleFinished(RunnerLoopback.Start, Reports.Idle);
        server.Time.Advance(TimeSpan.FromMinutes(6));

        var stale = await server.Client.GetAsync("/health");
        server.Activity.LeaseStepped(DrainLeaseStep.Standby);
        var standby = await server.Client.GetAsync("/health");

        Assert.That(Fields(await stale.Content.ReadAsStringAsync())["lastCycle"], Is.EqualTo("stale"));
        Assert.That((stale.StatusCode, standby.StatusCode), Is.EqualTo((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK)));
    }

    private static Dictionary<string, string> Fields(string body) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body)!.ToDictionary(p => p.Key, p => p.Value.ToString());
}
