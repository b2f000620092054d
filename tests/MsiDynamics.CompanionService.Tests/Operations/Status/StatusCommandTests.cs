using System.Text.Json;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Operations.Status;

/// <summary><c>status</c> as typed: its help, its tables, its JSON.</summary>
public sealed class StatusCommandTests
{
    [Test]
    public async Task Status_help_says_what_it_shows_and_what_it_costs()
    {
        var (code, output, _) = await CommandRun.InvokeAsync(null, "status", "--help");

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("sync queue").And.Contain("drain lease").And.Contain("dead letters").And.Contain("Marketo:DailyQuota")
            .And.Contain("--json").And.Contain("change nothing"));
    }

    [Test]
    public async Task Status_json_parses_and_carries_the_planted_queue()
    {
        await using var rig = await OperationsRig.StartAsync();
        rig.PlantQueueRow(QueueStatus.Pending, QueueLane.Live);
        rig.PlantQueueRow(QueueStatus.DeadLettered, QueueLane.Backfill, lastError: "Marketo refused the lead (1003 Invalid value). Fix it.");

        var (code, output, error) = await CommandRun.InvokeAsync(rig, "status", "--json");

        Assert.That(code, Is.Zero, error + output);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.That(root.GetProperty("version").GetInt32(), Is.EqualTo(1));
        var pendingLive = root.GetProperty("queue").GetProperty("depth").EnumerateArray()
            .Single(c => c.GetProperty("status").GetString() == "Pending" && c.GetProperty("lane").GetString() == "Live");
        Assert.That(pendingLive.GetProperty("count").GetInt64(), Is.EqualTo(1));
        Assert.That(root.GetProperty("deadLetters").GetProperty("groups")[0].GetProperty("reason").GetString(), Is.EqualTo("Marketo refused the lead (1003 Invalid value)"));
        Assert.That(root.GetProperty("marketo").GetProperty("dailyQuota").GetInt64(), Is.EqualTo(10_000));
        Assert.That(root.GetProperty("dataverse").GetProperty("commandRequests").GetInt64(), Is.EqualTo(6));
        Assert.That(root.GetProperty("queue").GetProperty("oldestDue").GetProperty("ageSeconds").GetInt64(), Is.Zero);
        Assert.That(output, Does.Not.Contain("dataverse-secret").And.Not.Contain("ops-secret"));
    }

    [Test]
    public async Task Status_for_people_is_a_table_of_statuses_by_lane()
    {
        await using var rig = await OperationsRig.StartAsync();
        rig.PlantQueueRow(QueueStatus.Pending, QueueLane.Backfill);
        rig.PlantQueueRow(QueueStatus.Pending, QueueLane.Backfill);

        var (code, output, error) = await CommandRun.InvokeAsync(rig, "status");

        Assert.That(code, Is.Zero, error + output);
        TestContext.Out.WriteLine(output);
        Assert.That(output, Does.Match(@"Pending\s+0\s+2\n"));
        Assert.That(output, Does.Contain("Holder:   none").And.Contain("Dataverse costs today").And.Contain("At today's quota"));
    }
}
