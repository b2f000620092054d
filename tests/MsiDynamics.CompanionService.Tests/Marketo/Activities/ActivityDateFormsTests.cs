using MsiDynamics.CompanionService.Tests.Marketo.Support;

namespace MsiDynamics.CompanionService.Tests.Marketo.Activities;

/// <summary>
/// marketo.md D11: activityDate comes in each form Marketo writes — <c>+0000</c> (how Marketo writes it on the
/// activity stream), <c>Z</c>, <c>+00:00</c>, another offset, or the old <c>yyyy-MM-dd HH:mm:ss</c> in UTC —
/// and the activity reader reads every one of them as the same instant. A page it could not read would fail
/// the write-back on every run, since each run resumes from that page's token.
/// </summary>
public sealed class ActivityDateFormsTests
{
    private static readonly Uri Base = new("https://123-ABC-456.mktorest.com");

    [TestCase("2026-12-02T10:15:00+0000", TestName = "An_activity_page_whose_dates_carry_a_plus_0000_offset_is_read")]
    [TestCase("2026-12-02T10:15:00Z", TestName = "An_activity_page_whose_dates_end_in_Z_is_read")]
    [TestCase("2026-12-02T10:15:00+00:00", TestName = "An_activity_page_whose_dates_carry_a_plus_00_colon_00_offset_is_read")]
    [TestCase("2026-12-02T02:15:00-0800", TestName = "An_activity_page_whose_dates_carry_a_negative_offset_without_a_colon_is_read")]
    [TestCase("2026-12-02 10:15:00", TestName = "An_activity_page_whose_dates_are_in_the_old_form_without_an_offset_is_read_as_UTC")]
    public async Task An_activity_page_is_read_whatever_form_its_dates_take(string activityDate)
    {
        var stub = new StubMarketoHandler(_ => StubResponse.Ok(Page(activityDate)));
        await using var harness = MarketoClientHarness.Create(Base, stub);

        var page = await harness.Client.Activities.GetActivitiesAsync("TOKEN-1", [46]);

        Assert.That(page.Call.IsSuccess, Is.True);
        Assert.That(page.NextPageToken, Is.EqualTo("TOKEN-2"), "the write-back resumes from here next run");
        Assert.That(page.Items.Select(a => a.MarketoGuid), Is.EqualTo(new[] { "901", "902" }));
        Assert.That(page.Items.Select(a => a.ActivityDate.UtcDateTime), Has.All.EqualTo(new DateTime(2026, 12, 2, 10, 15, 0, DateTimeKind.Utc)));
    }

    /// <summary>A page of two interesting moments of one lead, both at <paramref name="activityDate"/>.</summary>
    private static string Page(string activityDate) => $$"""
        {"requestId":"e42b#1","success":true,"nextPageToken":"TOKEN-2","moreResult":false,"result":[
          {"id":901,"marketoGUID":"901","leadId":7,"activityDate":"{{activityDate}}","activityTypeId":46,"primaryAttributeValue":"Web"},
          {"id":902,"marketoGUID":"902","leadId":7,"activityDate":"{{activityDate}}","activityTypeId":46,"primaryAttributeValue":"Email"}]}
        """;
}
