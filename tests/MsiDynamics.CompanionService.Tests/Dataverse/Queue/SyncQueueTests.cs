using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Dataverse.Queue;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Queue;

/// <summary>architecture.md §3.3–3.4: lease = 1 GET + 1 $batch with optimistic concurrency; complete = 1 UpdateMultiple.</summary>
public sealed class SyncQueueTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task A_lease_reads_due_rows_in_lane_and_creation_order_then_claims_them_in_one_batch()
    {
        var rows = Enumerable.Range(1, 3).Select(QueueRow).ToList();
        await using var h = DataverseClientHarness.Create(r => r.IsBatch ? ClaimAnswer(r, _ => 204) : StubDataverseResponse.Rows(rows), new FakeTimeProvider(Now));

        var lease = await h.Get<SyncQueue>().LeaseAsync("worker-1", 100, TimeSpan.FromMinutes(5));

        Assert.That(h.Stub.All, Has.Count.EqualTo(2));
        var read = h.Stub.All[0];
        Assert.That(read.RelativePath, Is.EqualTo("msi_syncqueueitems"));
        Assert.That(read.Query["$filter"], Is.EqualTo(
            "(msi_status eq 1) or ((msi_status eq 4) and (msi_nextattempton le 2026-01-15T12:00:00Z))"
            + " or ((msi_status eq 2) and (msi_leaseexpireson lt 2026-01-15T12:00:00Z))"));
        Assert.That(read.Query["$orderby"], Is.EqualTo("msi_lane asc,createdon asc"));
        Assert.That(read.Query["$top"], Is.EqualTo("100"));
        Assert.That(read.Query["$select"]!.Split(','), Is.EquivalentTo(LeasedItem.Columns));
        Assert.That(lease.Items.Select(i => i.RecordId.ToString()), Is.EqualTo(new[] { Record(1), Record(2), Record(3) }));
        Assert.That(lease.Items[0].Operation, Is.EqualTo(QueueOperation.Upsert));
        Assert.That(lease.ExpiresOn, Is.EqualTo(Now.AddMinutes(5)));
        Assert.That(lease.Outcome.IsSuccess, Is.True);
    }

    [Test]
    public async Task Each_claim_is_a_PATCH_with_the_rows_ETag_setting_InProgress_owner_and_expiry()
    {
        await using var h = DataverseClientHarness.Create(r => r.IsBatch ? ClaimAnswer(r, _ => 204) : StubDataverseResponse.Rows([QueueRow(7)]), new FakeTimeProvider(Now));

        await h.Get<SyncQueue>().LeaseAsync("worker-1", 10, TimeSpan.FromMinutes(5));

        var batch = h.Stub.All[1];
        Assert.That(batch.Header("Prefer"), Is.EqualTo("odata.continue-on-error"));
        Assert.That(batch.Body, Does.Not.Contain("changeset"));
        Assert.That(batch.Body, Does.Contain($"PATCH {DataverseClientHarness.WebApi}msi_syncqueueitems({Id(7):D}) HTTP/1.1\r\nIf-Match: W/\"1007\"\r\n"));
        var claim = JsonNode.Parse(batch.Body.Split("\r\n").Single(l => l.StartsWith('{')))!;
        Assert.That((int)claim["msi_status"]!, Is.EqualTo((int)QueueStatus.InProgress));
        Assert.That((string?)claim["msi_leaseowner"], Is.EqualTo("worker-1"));
        Assert.That((string?)claim["msi_leaseexpireson"], Is.EqualTo("2026-01-15T12:05:00Z"));
    }

    [Test]
    public async Task Rows_another_worker_claimed_first_are_dropped_from_the_lease_as_a_normal_outcome()
    {
        var rows = Enumerable.Range(1, 4).Select(QueueRow).ToList();
        await using var h = DataverseClientHarness.Create(r => r.IsBatch ? ClaimAnswer(r, i => i % 2 == 0 ? 412 : 204) : StubDataverseResponse.Rows(rows));

        var lease = await h.Get<SyncQueue>().LeaseAsync("worker-2", 10, TimeSpan.FromMinutes(5));

        Assert.That(lease.Items.Select(i => i.Id), Is.EqualTo(new[] { Id(1), Id(3) }), "rows 2 and 4 were claimed by worker-1");
        Assert.That(lease.LostRaces, Is.EqualTo(2));
        Assert.That(lease.Due, Is.EqualTo(4));
        Assert.That(lease.Outcome.IsSuccess, Is.True);
    }

    [Test]
    public async Task An_empty_queue_costs_one_request_and_an_unreadable_queue_is_reported_not_empty()
    {
        await using var empty = DataverseClientHarness.Create(_ => StubDataverseResponse.Rows([]));
        await using var down = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.ServiceUnavailable, "", "Down"),
            settings: new Dictionary<string, string?> { ["Dataverse:MaxRetryAttempts"] = "0" });

        var none = await empty.Get<SyncQueue>().LeaseAsync("w", 10, TimeSpan.FromMinutes(1));
        var failed = await down.Get<SyncQueue>().LeaseAsync("w", 10, TimeSpan.FromMinutes(1));

        Assert.That((none.Items.Count, none.Outcome.IsSuccess, empty.Stub.All.Count), Is.EqualTo((0, true, 1)));
        Assert.That((failed.Items.Count, failed.Outcome.Kind, down.Stub.All.Count), Is.EqualTo((0, DataverseOutcomeKind.Unavailable, 1)));
    }

    [Test]
    public async Task Completing_many_rows_is_one_UpdateMultiple_that_clears_their_leases()
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
        Assert.That(targets.Select(t => t!.AsObject().ContainsKey("msi_leaseowner") && t["msi_leaseowner"] is null), Has.All.True);
        Assert.That(targets.Select(t => t!.AsObject().ContainsKey("msi_leaseexpireson") && t["msi_leaseexpireson"] is null), Has.All.True);
        Assert.That(result.AllSucceeded, Is.True);
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

    private static string Record(int n) => $"3f2504e0-4f89-11d3-9a0c-{n:D12}";

    private static string QueueRow(int n) => $$"""
        {"@odata.etag":"W/\"{{1000 + n}}\"","msi_syncqueueitemid":"{{Id(n)}}","msi_entity":"lead","msi_recordid":"{{Record(n)}}",
         "msi_operation":1,"msi_status":1,"msi_attempts":0,"msi_lane":1,"msi_payload":null,"msi_correlationid":null,
         "msi_marketoid":null,"createdon":"2026-01-15T11:00:0{{n % 10}}Z"}
        """;

    /// <summary>Answers each PATCH of a claim batch with <paramref name="status"/>(1-based index).</summary>
    private static StubDataverseResponse ClaimAnswer(RecordedDataverseRequest request, Func<int, int> status)
    {
        var answer = new BatchAnswer();
        var count = Regex.Matches(request.Body, "^PATCH ", RegexOptions.Multiline).Count;
        for (var i = 1; i <= count; i++)
        {
            var code = status(i);
            answer.Part(code, code == 412 ? """{"error":{"code":"0x80060882","message":"The version of the existing record doesn't match the RowVersion property provided."}}""" : null);
        }

        return StubDataverseResponse.Batch(answer.Build());
    }
}
