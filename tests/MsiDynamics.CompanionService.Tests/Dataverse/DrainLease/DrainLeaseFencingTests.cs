using System.Net;
using Microsoft.Extensions.Time.Testing;
using MsiDynamics.CompanionService.Dataverse.DrainLease;
using MsiDynamics.CompanionService.Tests.Dataverse.Support;

namespace MsiDynamics.CompanionService.Tests.Dataverse.DrainLease;

/// <summary>
/// The holder's fencing by time (dataverse.md §0.10), over a stub Dataverse: the lease (150 s, renewed every 50 s) is
/// created on the first step; what each renewal PATCH gets is up to the test.
/// </summary>
public sealed class DrainLeaseFencingTests
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(100);
    private readonly FakeTimeProvider _time = new(LeaseLoopback.Start);

    [TestCase(HttpStatusCode.ServiceUnavailable)]
    [TestCase(HttpStatusCode.RequestTimeout)]
    [TestCase(null)]
    public async Task A_holder_that_cannot_renew_may_start_no_call_once_the_time_left_is_less_than_the_call_timeout(HttpStatusCode? renewal)
    {
        await using var dataverse = Stub(_ => renewal is { } status
            ? StubDataverseResponse.Error(status, "0x80040216", "An unexpected error occurred.")
            : StubDataverseResponse.TimedOut());
        var holder = dataverse.Get<DrainLeaseHolder>();
        Assert.That(await holder.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Claimed));
        var tenure = holder.Tenure;

        _time.Advance(TimeSpan.FromSeconds(49));
        var canStartBefore = holder.CanStart(CallTimeout);
        _time.Advance(TimeSpan.FromSeconds(1));
        var failed = await holder.StepAsync(CancellationToken.None);

        Assert.That((canStartBefore, failed, holder.IsHolding), Is.EqualTo((true, DrainLeaseStep.RenewalFailed, true)));
        Assert.That((holder.CanStart(CallTimeout), holder.CanStart(TimeSpan.FromSeconds(99))), Is.EqualTo((false, true)),
            "100 s left: a call of up to 100 s may no longer start, a shorter one may");
        _time.Advance(TimeSpan.FromSeconds(99));
        Assert.That((tenure.IsCancellationRequested, holder.CanStart(TimeSpan.Zero)), Is.EqualTo((false, true)), "1 s left");
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.That((tenure.IsCancellationRequested, holder.IsHolding, holder.CanStart(TimeSpan.Zero)), Is.EqualTo((true, false, false)),
            "lapsed: the tenure ends on the clock, with no request");
    }

    [Test]
    public async Task The_time_left_counts_from_when_the_renewal_was_sent_not_from_when_it_was_answered()
    {
        await using var dataverse = Stub(_ =>
        {
            _time.Advance(TimeSpan.FromSeconds(30)); // the answer takes 30 s to come
            return Row("W/\"2\"");
        });
        var holder = dataverse.Get<DrainLeaseHolder>();
        await holder.StepAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(20));
        var sent = _time.GetUtcNow();

        Assert.That(await holder.StepAsync(CancellationToken.None), Is.EqualTo(DrainLeaseStep.Renewed));
        Assert.That(holder.ValidUntil, Is.EqualTo(sent + LeaseLoopback.Lifetime));
        Assert.That(dataverse.Stub.Requests.Last().Body, Does.Contain($"\"{sent.AddSeconds(150):yyyy-MM-dd'T'HH:mm:ss}.000Z drain-a\\tcosts "));
    }

    [Test]
    public async Task A_renewal_matches_the_ETag_of_the_last_successful_write()
    {
        await using var dataverse = Stub(_ => Row("W/\"7\""));
        var holder = dataverse.Get<DrainLeaseHolder>();
        await holder.StepAsync(CancellationToken.None);

        await holder.StepAsync(CancellationToken.None);
        await holder.StepAsync(CancellationToken.None);

        Assert.That(dataverse.Stub.Requests.Where(r => r.Method == "PATCH").Select(r => r.Header("If-Match")),
            Is.EqualTo(new[] { "W/\"1\"", "W/\"7\"" }), "the create's ETag, then the first renewal's");
    }

    private static StubDataverseResponse Row(string etag) =>
        new(HttpStatusCode.OK, $$"""{"@odata.etag":"{{etag.Replace("\"", "\\\"", StringComparison.Ordinal)}}","msi_name":"drain-lease"}""");

    private DataverseClientHarness Stub(Func<RecordedDataverseRequest, StubDataverseResponse> renewal) =>
        DataverseClientHarness.Create(
            request => request.Method switch
            {
                "GET" => StubDataverseResponse.Rows([]),
                "POST" => Row("W/\"1\"") with { Status = HttpStatusCode.Created },
                _ => renewal(request),
            },
            _time,
            new Dictionary<string, string?>
            {
                ["Dataverse:MaxRetryAttempts"] = "0",
                ["DrainLease:Holder"] = "drain-a",
                ["DrainLease:Lifetime"] = LeaseLoopback.Lifetime.ToString(),
                ["DrainLease:RenewalInterval"] = LeaseLoopback.RenewalInterval.ToString(),
            });
}
