using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Queue;

/// <summary>architecture.md §3.7: completing any number of rows is one UpdateMultiple per 1000, writing only how each ended.</summary>
public sealed class SyncQueueTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void The_due_read_asks_for_Pending_and_due_RetryScheduled_rows_in_lane_and_creation_order_and_nothing_else()
    {
        var path = SyncQueue.DueRows(Now, "msi_syncqueueitemid", "msi_attempts").ToPath();

        var query = System.Web.HttpUtility.ParseQueryString(path.Split('?')[1]);
        Assert.That(path, Does.StartWith("msi_syncqueueitems?"));
        Assert.That(query["$filter"], Is.EqualTo("(msi_status eq 1) or ((msi_status eq 4) and (msi_nextattempton le 2026-01-15T12:00:00Z))"));
        Assert.That(query["$orderby"], Is.EqualTo("msi_lane asc,createdon asc"));
        Assert.That(query["$select"], Is.EqualTo("msi_syncqueueitemid,msi_attempts"));
        Assert.That(query["$top"], Is.Null, "the read pages; it is not cut");
    }

    [Test]
    public async Task Completing_many_rows_is_one_UpdateMultiple_of_each_rows_end()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.NoContent());
        var completions = new[]
        {
            QueueCompletion.Succeeded(Id(1), 1, "1234"),
            QueueCompletion.RetryScheduled(Id(2), 2, Now.AddMinutes(4), "Marketo 606: rate limit"),
            QueueCompletion.DeadLettered(Id(3), 1, "Marketo 1003: invalid email"),
            QueueCompletion.Superseded(Id(4), 0),
        };

        var result = await h.Get<SyncQueue>().CompleteAsync(completions);

        var request = h.Stub.All.Single();
        Assert.That(request.RelativePath, Is.EqualTo("msi_syncqueueitems/Microsoft.Dynamics.CRM.UpdateMultiple"));
        var targets = JsonNode.Parse(request.Body)!["Targets"]!.AsArray();
        Assert.That(targets.Select(t => (int)t!["msi_status"]!), Is.EqualTo(new[] { 3, 4, 5, 6 }));
        Assert.That(targets.Select(t => (string?)t!["@odata.type"]), Has.All.EqualTo("Microsoft.Dynamics.CRM.msi_syncqueueitem"));
        Assert.That((string?)targets[0]!["msi_marketoid"], Is.EqualTo("1234"));
        Assert.That((string?)targets[1]!["msi_nextattempton"], Is.EqualTo("2026-01-15T12:04:00Z"));
        Assert.That((string?)targets[2]!["msi_lasterror"], Is.EqualTo("Marketo 1003: invalid email"));
        Assert.That(targets[3]!.AsObject().Select(p => p.Key), Is.EquivalentTo(new[]
        {
            "@odata.type", "msi_syncqueueitemid", "msi_status", "msi_attempts", "msi_nextattempton", "msi_lasterror", "msi_reason",
        }), "a row's end, and nothing else");
        Assert.That((string?)targets[2]!["msi_reason"], Is.EqualTo("Marketo 1003: invalid email"), "the short reason in the same request");
        Assert.That(result.AllSucceeded, Is.True);
    }

    [Test]
    public async Task Completing_no_rows_sends_nothing()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.NoContent());

        var result = await h.Get<SyncQueue>().CompleteAsync([]);

        Assert.That((h.Stub.All.Count, result.Outcomes.Count), Is.EqualTo((0, 0)));
    }

    [Test]
    public void A_last_error_is_cut_to_4000_characters_and_never_carries_a_token()
    {
        var text = LastErrorText.From("Call failed: Authorization: Bearer eyJ0eXAi.abc.def client_secret=hunter2 " + new string('x', 5000))!;

        Assert.That(text, Has.Length.EqualTo(4000));
        Assert.That(text, Does.Not.Contain("eyJ0eXAi").And.Not.Contain("hunter2"));
        Assert.That(text, Does.StartWith("Call failed: Authorization: Bearer (redacted) client_secret=(redacted) xxx"));
    }

    private static Guid Id(int n) => Guid.Parse($"00000000-0000-4000-8000-{n:D12}");
}
