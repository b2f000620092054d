using System.Net;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.Transport;

/// <summary>
/// A 429's <c>Retry-After</c> may be a number of seconds or an HTTP date (RFC 9110 §10.2.3); either way the client
/// sends nothing before that moment (service protection, dataverse.md §6). The fake clock starts 30 s before
/// the date the stub names, so the wait is exactly 30 s of the clock the client reads.
/// </summary>
public sealed class RetryAfterDateTests
{
    private const string RetryAt = "Wed, 02 Dec 2026 10:00:30 GMT";
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Id = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    [Test]
    public async Task A_429_whose_Retry_After_is_a_date_is_sent_again_only_when_the_clock_reaches_that_date()
    {
        var time = new TimerWatchingTimeProvider(Now);
        var calls = 0;
        await using var h = DataverseClientHarness.Create(
            _ => Interlocked.Increment(ref calls) == 1 ? ThrottledUntil(RetryAt) : StubDataverseResponse.NoContent(), time);

        var update = h.Client.Records.UpdateAsync("leads", Id, new() { ["firstname"] = "Ann" });
        var timer = time.NextTimerAsync();
        var first = await Task.WhenAny(update, timer);

        Assert.That(first, Is.SameAs(timer), "the retry waits for the clock instead of going out at once");
        Assert.That(await timer, Is.EqualTo(TimeSpan.FromSeconds(30)), "the wait ends at the date Dataverse named");
        time.Fake.Advance(TimeSpan.FromSeconds(29));
        Assert.That((h.Stub.All.Count, update.IsCompleted), Is.EqualTo((1, false)), "nothing is sent before the date");

        time.Fake.Advance(TimeSpan.FromSeconds(1));
        var outcome = await update.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(outcome.IsSuccess, Is.True, outcome.ToString());
        Assert.That(h.Stub.All, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_Retry_After_date_further_off_than_the_cap_waits_only_the_cap()
    {
        var time = new TimerWatchingTimeProvider(Now);
        var calls = 0;
        await using var h = DataverseClientHarness.Create(
            _ => Interlocked.Increment(ref calls) == 1 ? ThrottledUntil("Wed, 02 Dec 2026 11:00:00 GMT") : StubDataverseResponse.NoContent(),
            time, new Dictionary<string, string?> { ["Dataverse:MaxRetryAfter"] = "00:02:00" });

        var update = h.Client.Records.UpdateAsync("leads", Id, new() { ["firstname"] = "Ann" });

        Assert.That(await time.ElapseNextTimerAsync(), Is.EqualTo(TimeSpan.FromMinutes(2)));
        Assert.That((await update.WaitAsync(TimeSpan.FromSeconds(10))).IsSuccess, Is.True);
    }

    [Test]
    public async Task A_Retry_After_date_read_from_a_response_is_the_time_left_until_that_date()
    {
        using var response = new HttpResponseMessage((HttpStatusCode)429) { Content = new StringContent("{}") };
        response.Headers.TryAddWithoutValidation("Retry-After", RetryAt);

        var read = await CompanionService.Dataverse.Transport.DataverseResponse.ReadAsync(response, Now, CancellationToken.None);

        Assert.That(read.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(30)));
    }

    private static StubDataverseResponse ThrottledUntil(string httpDate) =>
        StubDataverseResponse.Throttled(0) with { Headers = new Dictionary<string, string> { ["Retry-After"] = httpDate } };
}
