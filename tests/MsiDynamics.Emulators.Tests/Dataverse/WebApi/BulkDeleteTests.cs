using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse;

namespace MsiDynamics.Emulators.Tests.Dataverse.WebApi;

/// <summary>The BulkDelete action the retention job uses on finished queue rows (architecture.md §4; dataverse.md §0.13, §0.15).</summary>
public sealed class BulkDeleteTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task BulkDelete_removes_the_finished_queue_rows_older_than_the_retention_and_records_the_job()
    {
        var clock = new FakeTimeProvider(Start);
        await using var emulator = await DataverseEmulator.StartAsync(new() { PluginAssemblies = [CapturePlugins.Assembly], TimeProvider = clock });
        using var client = new WebApiClient(emulator);
        var oldSucceeded = Queued(emulator, 3);
        var oldSuperseded = Queued(emulator, 6);
        var oldPending = Queued(emulator, 1);
        clock.Advance(TimeSpan.FromDays(8));
        var recentSucceeded = Queued(emulator, 3);

        var answer = await client.PostAsync("BulkDelete", Request(retentionDays: 7, statuses: [3, 6], recurrence: "", start: clock.GetUtcNow()));

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
    public async Task A_recurring_job_waits_for_its_next_run_and_is_found_again_by_name()
    {
        var clock = new FakeTimeProvider(Start);
        await using var emulator = await DataverseEmulator.StartAsync(new() { TimeProvider = clock });
        using var client = new WebApiClient(emulator);

        var answer = await client.PostAsync("BulkDelete", Request(retentionDays: 7, statuses: [3, 6], recurrence: "FREQ=DAILY;INTERVAL=1;", start: Start));
        var found = await client.GetAsync("bulkdeleteoperations?$select=name,nextrun,isrecurring,_asyncoperationid_value&$filter="
            + CrmRows.Encoded("startswith(name,'MsiDynamics queue retention') and isrecurring eq true and statecode ne 3"));

        Assert.That((answer.Status, found.Status), Is.EqualTo((200, 200)), answer.Body + found.Body);
        var operation = found.Value.Single()!;
        Assert.That(operation["_asyncoperationid_value"]!.GetValue<string>(), Is.EqualTo(answer.Json["JobId"]!.GetValue<string>()));
        Assert.That(DateTimeOffset.Parse(operation["nextrun"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(Start.AddDays(1)));
        var job = await client.GetAsync($"asyncoperations({answer.Json["JobId"]!.GetValue<string>()})?$select=statecode,statuscode,recurrencepattern");
        Assert.That((job.Json["statecode"]!.GetValue<int>(), job.Json["statuscode"]!.GetValue<int>()), Is.EqualTo((1, 10)), "Suspended, Waiting");
        Assert.That(job.Json["recurrencepattern"]!.GetValue<string>(), Is.EqualTo("FREQ=DAILY;INTERVAL=1"));
    }

    [Test]
    public async Task A_recurring_job_runs_again_once_a_day_deleting_what_has_grown_old_by_then()
    {
        var clock = new FakeTimeProvider(Start);
        await using var emulator = await DataverseEmulator.StartAsync(new() { TimeProvider = clock });
        using var client = new WebApiClient(emulator);
        var first = Queued(emulator, 3);
        clock.Advance(TimeSpan.FromHours(12));
        var second = Queued(emulator, 6);
        var pending = Queued(emulator, 1);
        var dead = Queued(emulator, 5);
        await client.PostAsync("BulkDelete", Request(retentionDays: 7, statuses: [3, 6], recurrence: "FREQ=DAILY;INTERVAL=1;", start: Start.AddDays(7)));

        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromHours(12) - TimeSpan.FromSeconds(1));
        var early = emulator.RunDueSystemJobs();
        clock.Advance(TimeSpan.FromSeconds(2));
        var firstRun = emulator.RunDueSystemJobs();
        var afterFirst = emulator.QueueRows().Select(r => r.Id).ToList();
        clock.Advance(TimeSpan.FromDays(1));
        var secondRun = emulator.RunDueSystemJobs();

        Assert.That((early, firstRun, secondRun), Is.EqualTo((0, 1, 1)));
        Assert.That(afterFirst, Is.EquivalentTo(new[] { second, pending, dead }), "the first run deletes the row older than 7 days only");
        Assert.That(emulator.QueueRows().Select(r => r.Id), Is.EquivalentTo(new[] { pending, dead }), "Pending and DeadLettered rows stay");
        var operation = emulator.Organization.Rows("bulkdeleteoperation").Single();
        Assert.That((operation["successcount"], operation.GetAttributeValue<OptionSetValue>("statuscode")!.Value), Is.EqualTo((2, 10)));
        Assert.That(operation["nextrun"], Is.EqualTo(Start.AddDays(9).UtcDateTime));
    }

    [Test]
    public async Task A_job_whose_start_is_ahead_deletes_nothing_until_it_runs_and_then_completes()
    {
        var clock = new FakeTimeProvider(Start);
        await using var emulator = await DataverseEmulator.StartAsync(new() { TimeProvider = clock });
        using var client = new WebApiClient(emulator);
        Queued(emulator, 3);

        var answer = await client.PostAsync("BulkDelete", Request(retentionDays: 0, statuses: [3], recurrence: "", start: Start.AddHours(1)));
        var before = emulator.QueueRows().Count;
        clock.Advance(TimeSpan.FromHours(1));
        var ran = emulator.RunDueSystemJobs();

        Assert.That((answer.Status, before, ran, emulator.QueueRows().Count), Is.EqualTo((200, 1, 1, 0)));
        var job = emulator.Organization.Rows("asyncoperation").Single();
        Assert.That((job.GetAttributeValue<OptionSetValue>("statecode")!.Value, job.GetAttributeValue<OptionSetValue>("statuscode")!.Value), Is.EqualTo((3, 30)));
        Assert.That(emulator.RunDueSystemJobs(), Is.Zero, "a job that ran once does not run again");
    }

    [Test]
    public async Task BulkDelete_without_a_query_set_or_with_a_recurrence_it_cannot_follow_is_refused()
    {
        await using var emulator = await DataverseEmulator.StartAsync(new());
        using var client = new WebApiClient(emulator);

        var empty = await client.PostAsync("BulkDelete", """{"JobName":"nothing","QuerySet":[]}""");
        var yearly = await client.PostAsync("BulkDelete", Request(retentionDays: 7, statuses: [3], recurrence: "FREQ=YEARLY;", start: Start));

        Assert.That(empty.Status, Is.EqualTo(400));
        Assert.That(yearly.Status, Is.GreaterThanOrEqualTo(400), yearly.Body);
        Assert.That(emulator.Organization.Rows("asyncoperation"), Is.Empty);
    }

    private static Guid Queued(DataverseEmulator emulator, int status) =>
        emulator.Seed("msi_syncqueueitem", ("msi_name", "row"), ("msi_status", new OptionSetValue(status)));

    private static string Request(int retentionDays, int[] statuses, string recurrence, DateTimeOffset start) => new JsonObject
    {
        ["QuerySet"] = new JsonArray(new JsonObject
        {
            ["EntityName"] = "msi_syncqueueitem",
            ["Criteria"] = new JsonObject
            {
                ["FilterOperator"] = "And",
                ["Conditions"] = new JsonArray(
                    Condition("modifiedon", "OlderThanXDays", retentionDays),
                    Condition("msi_status", "In", [.. statuses])),
            },
        }),
        ["JobName"] = "MsiDynamics queue retention",
        ["SendEmailNotification"] = false,
        ["ToRecipients"] = new JsonArray(),
        ["CCRecipients"] = new JsonArray(),
        ["RecurrencePattern"] = recurrence,
        ["StartDateTime"] = start.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    }.ToJsonString();

    private static JsonObject Condition(string column, string op, params int[] values) => new()
    {
        ["AttributeName"] = column,
        ["Operator"] = op,
        ["Values"] = new JsonArray([.. values.Select(v => (JsonNode)new JsonObject { ["Value"] = v.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Type"] = "System.Int32" })]),
    };
}
