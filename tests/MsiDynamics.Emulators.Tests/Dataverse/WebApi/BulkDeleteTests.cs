using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>The BulkDelete action the retention job uses on finished queue rows (architecture.md §4; dataverse.md §6).</summary>
public sealed class BulkDeleteTests
{
    [Test]
    public async Task BulkDelete_removes_the_finished_queue_rows_older_than_the_retention_and_records_the_job()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly], TimeProvider = clock });
        using var client = new WebApiClient(emulator);
        var oldSucceeded = Queued(emulator, 3);
        var oldSuperseded = Queued(emulator, 6);
        var oldPending = Queued(emulator, 1);
        clock.Advance(TimeSpan.FromDays(8));
        var recentSucceeded = Queued(emulator, 3);

        var answer = await client.PostAsync("BulkDelete", Request(retentionDays: 7, statuses: [3, 6]));

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        var remaining = emulator.QueueRows().Select(r => r.Id);
        Assert.That(remaining, Is.EquivalentTo(new[] { oldPending, recentSucceeded }));
        Assert.That(remaining, Does.Not.Contain(oldSucceeded).And.Not.Contain(oldSuperseded));
        var job = await client.GetAsync($"asyncoperations({answer.Json["JobId"]!.GetValue<string>()})?$select=name,operationtype,statecode,statuscode");
        Assert.That(job.Status, Is.EqualTo(200), job.Body);
        Assert.That((job.Json["operationtype"]!.GetValue<int>(), job.Json["statecode"]!.GetValue<int>(), job.Json["statuscode"]!.GetValue<int>()),
            Is.EqualTo((13, 3, 30)));
        Assert.That(emulator.Organization.Rows("bulkdeleteoperation").Single()["successcount"], Is.EqualTo(2));
    }

    [Test]
    public async Task BulkDelete_without_a_query_set_is_refused()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new());
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("BulkDelete", """{"JobName":"nothing","QuerySet":[]}""");

        Assert.That(answer.Status, Is.EqualTo(400));
    }

    private static Guid Queued(DataverseEmulator emulator, int status) =>
        emulator.Seed("msi_syncqueueitem", ("msi_name", "row"), ("msi_status", new OptionSetValue(status)));

    private static string Request(int retentionDays, int[] statuses) => new JsonObject
    {
        ["QuerySet"] = new JsonArray(new JsonObject
        {
            ["EntityName"] = "msi_syncqueueitem",
            ["Criteria"] = new JsonObject
            {
                ["FilterOperator"] = "And",
                ["Conditions"] = new JsonArray(
                    Condition("createdon", "OlderThanXDays", retentionDays),
                    Condition("msi_status", "In", [.. statuses])),
            },
        }),
        ["JobName"] = "MsiDynamics queue retention",
        ["SendEmailNotification"] = false,
        ["ToRecipients"] = new JsonArray(),
        ["CCRecipients"] = new JsonArray(),
        ["RecurrencePattern"] = "FREQ=DAILY;INTERVAL=1;",
        ["StartDateTime"] = "2026-11-09T08:00:00Z",
    }.ToJsonString();

    private static JsonObject Condition(string column, string op, params int[] values) => new()
    {
        ["AttributeName"] = column,
        ["Operator"] = op,
        ["Values"] = new JsonArray([.. values.Select(v => (JsonNode)new JsonObject { ["Value"] = v.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Type"] = "System.Int32" })]),
    };
}
