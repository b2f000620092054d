using MsiDynamics.CompanionService.Sync.Mapping;
using static MsiDynamics.CompanionService.Tests.Sync.Mapping.FieldTextFittingTests;

namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>Dataverse dates fitted to Marketo's date and datetime fields (marketo.md D10, D11).</summary>
public sealed class FieldDateFittingTests
{
    private static readonly DateTime Utc = new(2026, 12, 2, 23, 30, 15, 250, DateTimeKind.Utc);

    [Test]
    public void A_UTC_datetime_goes_to_a_datetime_field_in_ISO_8601_with_Z_to_the_second()
    {
        Assert.That(Sent("datetime", Utc), Is.EqualTo("2026-12-02T23:30:15Z"));
    }

    [Test]
    public void A_datetime_without_a_kind_is_taken_as_UTC_as_Dataverse_gives_every_datetime_in_UTC()
    {
        Assert.That(Sent("datetime", DateTime.SpecifyKind(Utc, DateTimeKind.Unspecified)), Is.EqualTo("2026-12-02T23:30:15Z"));
    }

    [Test]
    public void A_local_datetime_is_converted_to_the_UTC_instant_it_names()
    {
        Assert.That(Sent("datetime", Utc.ToLocalTime()), Is.EqualTo("2026-12-02T23:30:15Z"));
    }

    [Test]
    public void An_offset_datetime_and_ISO_text_are_sent_as_their_UTC_instant()
    {
        Assert.That(Sent("datetime", new DateTimeOffset(2026, 12, 3, 1, 30, 15, TimeSpan.FromHours(2))), Is.EqualTo("2026-12-02T23:30:15Z"));
        Assert.That(Sent("datetime", "2026-12-02T18:30:15-0500"), Is.EqualTo("2026-12-02T23:30:15Z"));
    }

    [Test]
    public void A_date_field_gets_the_UTC_day_as_yyyy_MM_dd()
    {
        Assert.That(Sent("date", Utc), Is.EqualTo("2026-12-02"));
        Assert.That(Sent("date", new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Unspecified)), Is.EqualTo("2026-12-02"));
        Assert.That(Sent("date", new DateOnly(2026, 12, 2)), Is.EqualTo("2026-12-02"));
    }

    [TestCase("date", "02/12/2026")]
    [TestCase("datetime", "yesterday")]
    [TestCase("datetime", 20261202)]
    public void A_value_that_is_not_a_date_is_a_mapping_error_naming_the_field(string type, object value)
    {
        var fit = MarketoFieldFitter.Fit(Field(type, null, "closeDate"), "estimatedclosedate", value);

        Assert.That(fit.Error, Does.StartWith("estimatedclosedate value '").And.Contain($"Marketo field 'closeDate' ({type}): it is not a date"));
    }

    private static string Sent(string type, object value) => MarketoFieldFitter.Fit(Field(type, null), "c", value).Value!.GetValue<string>();
}
