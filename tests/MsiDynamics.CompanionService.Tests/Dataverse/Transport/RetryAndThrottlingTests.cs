using System.Net;
using MsiDynamics.CompanionService.Dataverse.Errors;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Transport;

/// <summary>dataverse.md §6 service protection: 429 waits its Retry-After; 5xx and dropped connections back off; 401 refreshes once.</summary>
public sealed class RetryAndThrottlingTests
{
    private static readonly Guid Id = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    [Test]
    public async Task A_429_is_retried_after_exactly_its_Retry_After()
    {
        var time = new TimerWatchingTimeProvider(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));
        var calls = 0;
        await using var h = DataverseClientHarness.Create(
            _ => Interlocked.Increment(ref calls) == 1 ? StubDataverseResponse.Throttled(7) : StubDataverseResponse.NoContent(), time);

        var update = h.Client.Records.UpdateAsync("leads", Id, new() { ["firstname"] = "Ann" });
        var waited = await time.ElapseNextTimerAsync();
        var outcome = await update;

        Assert.That(waited, Is.EqualTo(TimeSpan.FromSeconds(7)));
        Assert.That(outcome.IsSuccess, Is.True);
        Assert.That(h.Stub.All, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_Retry_After_longer_than_the_cap_waits_only_the_cap()
    {
        var time = new TimerWatchingTimeProvider(DateTimeOffset.UnixEpoch);
        var calls = 0;
        await using var h = DataverseClientHarness.Create(
            _ => Interlocked.Increment(ref calls) == 1 ? StubDataverseResponse.Throttled(3600) : StubDataverseResponse.NoContent(), time,
            new Dictionary<string, string?> { ["Dataverse:MaxRetryAfter"] = "00:02:00" });

        var update = h.Client.Records.UpdateAsync("leads", Id, new() { ["firstname"] = "Ann" });

        Assert.That(await time.ElapseNextTimerAsync(), Is.EqualTo(TimeSpan.FromMinutes(2)));
        Assert.That((await update).IsSuccess, Is.True);
    }

    [Test]
    public async Task Server_errors_and_dropped_connections_are_retried_until_an_answer_comes()
    {
        var calls = 0;
        await using var h = DataverseClientHarness.Create(_ => Interlocked.Increment(ref calls) switch
        {
            1 => StubDataverseResponse.Error(HttpStatusCode.ServiceUnavailable, "", "Service Unavailable"),
            2 => StubDataverseResponse.Dropped(),
            3 => StubDataverseResponse.Error(HttpStatusCode.BadGateway, "", "Bad gateway"),
            _ => StubDataverseResponse.NoContent(),
        });

        var outcome = await h.Client.Records.UpdateAsync("leads", Id, new() { ["firstname"] = "Ann" });

        Assert.That(outcome.IsSuccess, Is.True);
        Assert.That(h.Stub.All, Has.Count.EqualTo(4));
        Assert.That(h.Stub.All.Select(r => r.Body).Distinct().Count(), Is.EqualTo(1), "each retry sends the same body");
    }

    [Test]
    public async Task When_retries_run_out_the_outcome_is_Unavailable_with_Dataverses_code_and_message()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Throttled(0),
            settings: new Dictionary<string, string?> { ["Dataverse:MaxRetryAttempts"] = "2" });

        var outcome = await h.Client.Records.UpdateAsync("leads", Id, new() { ["firstname"] = "Ann" });

        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.Unavailable));
        Assert.That(outcome.HttpStatus, Is.EqualTo(429));
        Assert.That(outcome.Error!.Code, Is.EqualTo("0x80072322"));
        Assert.That(outcome.Error.Message, Does.Contain("6000"));
        Assert.That(h.Stub.All, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_401_refreshes_the_token_once_and_sends_the_request_again_with_the_new_one()
    {
        var calls = 0;
        await using var h = DataverseClientHarness.Create(_ => Interlocked.Increment(ref calls) == 1
            ? StubDataverseResponse.Error(HttpStatusCode.Unauthorized, "", "Token expired")
            : StubDataverseResponse.NoContent());

        var outcome = await h.Client.Records.UpdateAsync("leads", Id, new() { ["firstname"] = "Ann" });

        Assert.That(outcome.IsSuccess, Is.True);
        Assert.That(h.Tokens.ForcedRefreshes, Is.EqualTo(1));
        Assert.That(h.Stub.All.Select(r => r.Header("Authorization")),
            Is.EqualTo(new[] { "Bearer " + CountingTokenSource.Prefix + "1", "Bearer " + CountingTokenSource.Prefix + "2" }));
    }

    [Test]
    public async Task A_second_401_is_AccessDenied_and_not_retried_further()
    {
        await using var h = DataverseClientHarness.Create(_ => StubDataverseResponse.Error(HttpStatusCode.Unauthorized, "", "Unauthorized"));

        var outcome = await h.Client.Records.UpdateAsync("leads", Id, new() { ["firstname"] = "Ann" });

        Assert.That(outcome.Kind, Is.EqualTo(DataverseOutcomeKind.AccessDenied));
        Assert.That(h.Stub.All, Has.Count.EqualTo(2));
        Assert.That(h.Logs.All, Does.Contain("[4208]"));
    }

    [TestCase(0, true)]
    [TestCase(429, true)]
    [TestCase(503, true)]
    [TestCase(500, true)]
    [TestCase(501, false)]
    [TestCase(400, false)]
    [TestCase(412, false)]
    public void Only_no_response_429_and_passing_server_errors_are_transient(int status, bool transient)
    {
        Assert.That(DataverseStatusMap.IsTransient(status), Is.EqualTo(transient));
    }
}
