using MsiDynamics.CompanionService.Marketo.Transport;
using MsiDynamics.CompanionService.Tests.Marketo.Support;

namespace MsiDynamics.CompanionService.Tests.Marketo.Activities;

/// <summary>marketo.md D11: an unreadable value in one activity fails that activity, never the page or the reader.</summary>
public sealed class ActivitiesClientTests
{
    private static readonly Uri Base = new("https://123-ABC-456.mktorest.com");

    [Test]
    public async Task A_page_with_one_unreadable_date_yields_the_other_activities_and_names_the_bad_one()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Ok("""
            {"requestId":"e42b#1","success":true,"nextPageToken":"TOKEN-2","moreResult":true,"result":[
              {"id":901,"marketoGUID":"901","leadId":7,"activityDate":"2026-12-02T10:15:00+0000","activityTypeId":46},
              {"id":902,"marketoGUID":"902","leadId":8,"activityDate":"02/12/2026 10:15","activityTypeId":46},
              {"id":903,"marketoGUID":"903","leadId":9,"activityDate":"2026-12-02T10:16:00Z","activityTypeId":46}]}
            """));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var page = await harness.Client.Activities.GetActivitiesAsync("TOKEN-1", [46]);

        Assert.That(page.Call.IsSuccess, Is.True, "one bad row does not fail the call");
        Assert.That((page.NextPageToken, page.MoreResult), Is.EqualTo(("TOKEN-2", true)), "the page still moves the position on");
        Assert.That(page.Items.Select(a => a.LeadId), Is.EqualTo(new[] { 7L, 9L }));
        var bad = page.Unreadable.Single();
        Assert.That((bad.Position, bad.Key), Is.EqualTo((1, "902")));
        Assert.That(bad.Reason, Does.Contain("activityDate").And.Contain("'02/12/2026 10:15'").And.Contain("marketo.md D11"));
    }

    [Test]
    public async Task A_date_sent_as_a_number_fails_only_its_activity()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Results(
            """{"id":901,"leadId":7,"activityDate":1764670500,"activityTypeId":46}""",
            """{"id":902,"leadId":8,"activityDate":"2026-12-02T10:15:00+0000","activityTypeId":46}"""));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var page = await harness.Client.Activities.GetActivitiesAsync("TOKEN-1", [46]);

        Assert.That(page.Items.Select(a => a.Id), Is.EqualTo(new long?[] { 902 }));
        Assert.That(page.Unreadable.Select(u => (u.Key, u.Reason)),
            Is.EqualTo(new[] { ("901", "$.activityDate: " + MarketoDate.Unreadable("1764670500")) }));
        Assert.That(page.NextPageToken, Is.EqualTo("TOKEN-1"), "no token in the answer: the caller's is kept");
    }

    [Test]
    public async Task A_paging_token_is_asked_for_with_the_date_and_its_offset()
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Ok("""{"requestId":"e42b#1","success":true,"nextPageToken":"T"}"""));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var page = await harness.Client.Activities.GetPagingTokenAsync(new DateTimeOffset(2026, 12, 2, 4, 15, 0, TimeSpan.FromHours(-6)));

        Assert.That(stub.RestRequests.Single().PathAndQuery, Does.EndWith("sinceDatetime=2026-12-02T04%3A15%3A00-06%3A00"));
        Assert.That(page.NextPageToken, Is.EqualTo("T"));
        Assert.That(page.Unreadable, Is.Empty);
    }
}
