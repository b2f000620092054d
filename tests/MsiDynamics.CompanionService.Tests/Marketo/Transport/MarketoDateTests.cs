using MsiDynamics.CompanionService.Marketo.Transport;

namespace MsiDynamics.CompanionService.Tests.Marketo.Transport;

/// <summary>marketo.md D11: the one parser behind every date reader of the client reads each form Marketo writes.</summary>
public sealed class MarketoDateTests
{
    private static readonly DateTimeOffset TenFifteenUtc = new(2026, 12, 2, 10, 15, 0, TimeSpan.Zero);

    [TestCase("2026-12-02T10:15:00Z", TestName = "A_datetime_ending_in_Z_is_that_instant")]
    [TestCase("2026-12-02T10:15:00+00:00", TestName = "A_datetime_with_a_plus_00_colon_00_offset_is_that_instant")]
    [TestCase("2026-12-02T10:15:00+0000", TestName = "A_datetime_with_a_plus_0000_offset_is_that_instant")]
    [TestCase("2026-12-02T04:15:00-06:00", TestName = "A_datetime_with_a_negative_offset_is_moved_to_UTC")]
    [TestCase("2026-12-02T04:15:00-0600", TestName = "A_datetime_with_a_negative_offset_without_a_colon_is_moved_to_UTC")]
    [TestCase("2026-12-02T11:15:00+0100", TestName = "A_datetime_with_a_positive_offset_without_a_colon_is_moved_to_UTC")]
    [TestCase("2026-12-02T10:15:00Z+0000", TestName = "A_datetime_ending_in_Z_plus_0000_is_that_instant")]
    [TestCase("2026-12-02 10:15:00", TestName = "An_old_datetime_without_an_offset_is_read_as_UTC")]
    [TestCase(" 2026-12-02T10:15:00Z ", TestName = "Surrounding_spaces_are_ignored")]
    public void Each_form_Marketo_writes_is_read_as_the_instant_it_stands_for(string text)
    {
        Assert.That(MarketoDate.TryParse(text, out var value), Is.True);
        Assert.That((value, value.Offset), Is.EqualTo((TenFifteenUtc, TimeSpan.Zero)));
    }

    [Test]
    public void A_date_field_is_read_as_midnight_UTC()
    {
        Assert.That(MarketoDate.TryParse("2026-12-02", out var value), Is.True);
        Assert.That(value, Is.EqualTo(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Fractions_of_a_second_are_kept()
    {
        Assert.That(MarketoDate.TryParse("2026-12-02T10:15:00.250+0000", out var value), Is.True);
        Assert.That(value, Is.EqualTo(TenFifteenUtc.AddMilliseconds(250)));
    }

    [TestCase("02/12/2026 10:15", TestName = "A_culture_dependent_date_is_not_guessed_at")]
    [TestCase("yesterday", TestName = "Words_are_not_a_date")]
    [TestCase("2026-13-02T10:15:00Z", TestName = "A_thirteenth_month_is_not_a_date")]
    [TestCase("", TestName = "An_empty_value_is_not_a_date")]
    [TestCase(null, TestName = "No_value_is_not_a_date")]
    public void Anything_else_is_not_read(string? text)
    {
        Assert.That(MarketoDate.TryParse(text, out var value), Is.False);
        Assert.That(value, Is.EqualTo(default(DateTimeOffset)));
        Assert.That(MarketoDate.Unreadable(text), Does.Contain($"'{text}'").And.Contain("marketo.md D11"));
    }

    [Test]
    public void A_date_is_sent_with_its_offset_and_read_back_as_the_same_instant()
    {
        var sent = new DateTimeOffset(2026, 12, 2, 4, 15, 0, TimeSpan.FromHours(-6));

        var text = MarketoDate.Format(sent);

        Assert.That(text, Is.EqualTo("2026-12-02T04:15:00-06:00"));
        Assert.That(MarketoDate.TryParse(text, out var back) && back == sent, Is.True);
    }
}
