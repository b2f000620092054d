using System.Net;
using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Retention;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Retention;

/// <summary>The retention job's requests as Dataverse sees them (dataverse.md §0.15), and what the worker does when they fail.</summary>
public sealed class RetentionSchedulerTests
{
    private const string JobId = "7d3c2a10-5b6e-4f7a-9c1d-2e3f4a5b6c7d";

    [Test]
    public async Task The_BulkDelete_asks_for_the_finished_rows_by_end_date_daily_without_e_mail()
    {
        await using var h = DataverseClientHarness.Create(r => r.RelativePath == "BulkDelete"
            ? new StubDataverseResponse(HttpStatusCode.OK, $$"""{"JobId":"{{JobId}}"}""")
            : StubDataverseResponse.Rows([]));

        var job = await h.Get<RetentionScheduler>().EnsureScheduledAsync(CancellationToken.None);

        Assert.That((job.State, job.JobId), Is.EqualTo((RetentionJobState.Created, Guid.Parse(JobId))));
        var find = h.Stub.All[0];
        Assert.That(find.RelativePath, Is.EqualTo("bulkdeleteoperations"));
        Assert.That(find.Query["$filter"], Is.EqualTo("(startswith(name,'MsiDynamics queue retention')) and (isrecurring eq true) and (statecode ne 3)"));
        var body = JsonNode.Parse(h.Stub.All[1].Body)!;
        Assert.That((string?)body["JobName"], Is.EqualTo("MsiDynamics queue retention (7 days)"));
        Assert.That(((string?)body["RecurrencePattern"], (bool?)body["SendEmailNotification"]), Is.EqualTo(("FREQ=DAILY;INTERVAL=1;", false)));
        var query = body["QuerySet"]![0]!;
        Assert.That((string?)query["EntityName"], Is.EqualTo("msi_syncqueueitem"));
        var conditions = query["Criteria"]!["Conditions"]!.AsArray();
        Assert.That(conditions.Select(c => ((string?)c!["AttributeName"], (string?)c["Operator"])),
            Is.EqualTo(new[] { ("msi_status", "In"), ("modifiedon", "OlderThanXDays") }));
        Assert.That(conditions[0]!["Values"]!.AsArray().Select(v => (string?)v!["Value"]), Is.EqualTo(new[] { "3", "6" }), "Succeeded and Superseded");
        Assert.That((string?)conditions[1]!["Values"]![0]!["Value"], Is.EqualTo("7"));
    }

    [Test]
    public async Task A_job_of_another_period_still_scheduled_is_named_in_a_warning()
    {
        const string Old = """{"name":"MsiDynamics queue retention (30 days)","_asyncoperationid_value":"11111111-2222-4333-8444-555555555555"}""";
        await using var h = DataverseClientHarness.Create(r => r.RelativePath == "BulkDelete"
            ? new StubDataverseResponse(HttpStatusCode.OK, $$"""{"JobId":"{{JobId}}"}""")
            : StubDataverseResponse.Rows([Old]));

        var job = await h.Get<RetentionScheduler>().EnsureScheduledAsync(CancellationToken.None);

        Assert.That(job.State, Is.EqualTo(RetentionJobState.Created));
        Assert.That(h.Logs.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal)),
            Has.One.Contains("'MsiDynamics queue retention (30 days)'").And.Contains("cancel it"));
    }

    [Test]
    public async Task A_look_up_that_fails_schedules_nothing_and_says_so()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.ServiceUnavailable, "", "Down"),
            settings: new Dictionary<string, string?> { ["Dataverse:MaxRetryAttempts"] = "0" });

        var job = await h.Get<RetentionScheduler>().EnsureScheduledAsync(CancellationToken.None);

        Assert.That((job.State, job.Outcome.Kind, job.JobId), Is.EqualTo((RetentionJobState.Failed, DataverseOutcomeKind.Unavailable, (Guid?)null)));
        Assert.That(h.Stub.All, Has.Count.EqualTo(1), "no BulkDelete without knowing whether the job exists");
    }
}
