using System.Globalization;
using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Sync.Mapping;
using static MsiDynamics.CompanionService.Tests.Sync.Mapping.FieldTextFittingTests;

namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>Numbers and two-options fitted to Marketo's integer, float, currency and boolean fields (marketo.md D10).</summary>
public sealed class FieldNumberFittingTests
{
    [TestCase(42, "42")]
    [TestCase(9_223_372_036_854_775_807L, "9223372036854775807")]
    [TestCase("17", "17")]
    [TestCase(60.0, "60")]
    public void A_whole_number_goes_to_an_integer_field_as_a_JSON_number(object value, string json)
    {
        var fit = MarketoFieldFitter.Fit(Field("integer", null, "leadScore"), "msi_score", value);

        Assert.That(fit.Value!.ToJsonString(), Is.EqualTo(json));
    }

    [Test]
    public void A_decimal_holding_a_whole_number_goes_to_an_integer_field_without_its_fraction_digits()
    {
        Assert.That(MarketoFieldFitter.Fit(Field("score", null), "numberofemployees", 250.00m).Value!.ToJsonString(), Is.EqualTo("250"));
    }

    [Test]
    public void A_number_beyond_Marketo_s_64_bit_integers_is_a_mapping_error_naming_column_value_and_field()
    {
        var fit = MarketoFieldFitter.Fit(Field("integer", null, "leadScore"), "msi_bigscore", 9_223_372_036_854_775_808m);

        Assert.That(fit.Error, Is.EqualTo("msi_bigscore value '9223372036854775808' cannot be sent to Marketo field 'leadScore' "
            + "(integer): it is outside the range of a Marketo integer (signed 64-bit)."));
        Assert.That(MarketoFieldFitter.Fit(Field("integer", null), "c", ulong.MaxValue).Fits, Is.False);
    }

    [TestCase(14.1)]
    [TestCase("14c")]
    [TestCase(true)]
    public void A_fraction_text_or_flag_is_refused_by_an_integer_field(object value)
    {
        Assert.That(MarketoFieldFitter.Fit(Field("integer", null), "c", value).Error, Does.Contain("cannot be sent to Marketo field 'title' (integer): "));
    }

    [TestCase("de-DE")]
    [TestCase("fr-FR")]
    [TestCase("en-US")]
    public void A_money_amount_goes_to_a_currency_field_as_an_invariant_JSON_number_whatever_the_culture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.That(MarketoFieldFitter.Fit(Field("currency", null), "estimatedvalue", 1604.47m).Value!.ToJsonString(), Is.EqualTo("1604.47"));
            Assert.That(MarketoFieldFitter.Fit(Field("float", null), "c", "1604.47").Value!.ToJsonString(), Is.EqualTo("1604.47"));
            Assert.That(MarketoFieldFitter.Fit(Field("percent", null), "c", 0.25).Value!.ToJsonString(), Is.EqualTo("0.25"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [TestCase("1604,47")]
    [TestCase("100%")]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Text_in_a_local_format_and_numbers_JSON_cannot_carry_are_refused_by_a_currency_field(object value)
    {
        Assert.That(MarketoFieldFitter.Fit(Field("currency", null, "amount"), "estimatedvalue", value).Error,
            Does.StartWith("estimatedvalue value '").And.Contain("cannot be sent to Marketo field 'amount' (currency): it is not a number."));
    }

    [TestCase(true, true)]
    [TestCase(false, false)]
    [TestCase(1, true)]
    [TestCase(0, false)]
    [TestCase("True", true)]
    public void A_two_option_value_goes_to_a_boolean_field_as_true_or_false(object value, bool sent)
    {
        Assert.That(MarketoFieldFitter.Fit(Field("boolean", null), "donotemail", value).Value!.GetValue<bool>(), Is.EqualTo(sent));
    }

    [TestCase("Yes")]
    [TestCase(2)]
    public void A_two_option_label_or_another_option_value_is_refused_by_a_boolean_field(object value)
    {
        Assert.That(MarketoFieldFitter.Fit(Field("boolean", null, "unsubscribed"), "donotemail", value).Error,
            Does.EndWith("cannot be sent to Marketo field 'unsubscribed' (boolean): it is not true or false."));
    }

    [TestCase("integer")]
    [TestCase("currency")]
    [TestCase("boolean")]
    [TestCase("string")]
    public void Null_clears_the_field_and_is_sent_as_JSON_null(string type)
    {
        var fit = MarketoFieldFitter.Fit(Field(type, null), "c", null);

        Assert.That((fit.Fits, fit.Value, fit.Cut), Is.EqualTo((true, (JsonNode?)null, (TextCut?)null)));
    }

    [Test]
    public void Blank_text_clears_a_typed_field_but_stays_blank_text_in_a_string_field()
    {
        Assert.That(MarketoFieldFitter.Fit(Field("integer", null), "c", " ").Value, Is.Null);
        Assert.That(MarketoFieldFitter.Fit(Field("string", null), "c", " ").Value!.GetValue<string>(), Is.EqualTo(" "));
    }
}
