using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Sync.Mapping;

namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>Text fitted to Marketo's string, text area and other text-like fields (marketo.md D10, §5.1).</summary>
public sealed class FieldTextFittingTests
{
    [Test]
    public void Text_longer_than_a_string_field_is_cut_to_its_length_and_the_cut_is_reported()
    {
        var fit = MarketoFieldFitter.Fit(Field("string", 10), "jobtitle", "Head of Procurement");

        Assert.That(fit.Value!.GetValue<string>(), Is.EqualTo("Head of Pr"));
        Assert.That(fit.Cut, Is.EqualTo(new TextCut("jobtitle", "title", 19, 10, "string, 10")));
        Assert.That(fit.Cut!.ToString(), Is.EqualTo("jobtitle was cut from 19 to 10 characters to fit Marketo field 'title' (string, 10)"));
    }

    [Test]
    public void An_emoji_straddling_the_limit_is_left_out_whole_rather_than_split_in_half()
    {
        // "Team " is 5 characters; the rocket is a surrogate pair at positions 5–6, so a limit of 6 would split it.
        var fit = MarketoFieldFitter.Fit(Field("string", 6), "description", "Team \U0001F680 launch");

        Assert.That(fit.Value!.GetValue<string>(), Is.EqualTo("Team "));
        Assert.That(fit.Cut!.KeptLength, Is.EqualTo(5));
    }

    [Test]
    public void A_joined_emoji_and_a_letter_with_its_accent_are_never_separated_by_a_cut()
    {
        var family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
        var text = "ab" + family + "e\u0301";

        Assert.That(MarketoFieldFitter.Fit(Field("string", 7), "name", text).Value!.GetValue<string>(), Is.EqualTo("ab"));
        Assert.That(MarketoFieldFitter.Fit(Field("string", 11), "name", text).Value!.GetValue<string>(), Is.EqualTo("ab" + family));
        Assert.That(MarketoFieldFitter.Fit(Field("string", 2), "name", "e\u0301").Value!.GetValue<string>(), Is.EqualTo("e\u0301"));
        Assert.That(MarketoFieldFitter.Fit(Field("string", 1), "name", "e\u0301").Value!.GetValue<string>(), Is.Empty);
    }

    [Test]
    public void A_string_field_without_a_stated_length_holds_255_characters()
    {
        var fit = MarketoFieldFitter.Fit(Field("string", null), "address1_line1", new string('x', 300));

        Assert.That(fit.Value!.GetValue<string>(), Has.Length.EqualTo(255));
        Assert.That(fit.Cut!.Limit, Is.EqualTo("string, 255"));
    }

    [Test]
    public void A_text_area_is_cut_to_30000_bytes_of_UTF8_on_a_character_boundary()
    {
        // Each rocket is 4 bytes: 7,500 fit in 30,000 bytes, the 7,501st does not.
        var fit = MarketoFieldFitter.Fit(Field("text", null), "description", string.Concat(Enumerable.Repeat("\U0001F680", 8_000)));

        var kept = fit.Value!.GetValue<string>();
        Assert.That(System.Text.Encoding.UTF8.GetByteCount(kept), Is.EqualTo(30_000));
        Assert.That(kept, Has.Length.EqualTo(15_000));
        Assert.That(fit.Cut!.Limit, Is.EqualTo("text, 30000 bytes"));
    }

    [Test]
    public void Text_that_fits_is_sent_unchanged_without_a_cut()
    {
        var fit = MarketoFieldFitter.Fit(Field("string", 5), "firstname", "Zoë");

        Assert.That((fit.Value!.GetValue<string>(), fit.Cut, fit.Error), Is.EqualTo(("Zoë", (TextCut?)null, (string?)null)));
    }

    [TestCase("formula", null, 300)]
    [TestCase("lead_function", 20, 20)]
    public void A_field_of_an_unknown_type_gets_its_text_unchanged_but_cut_to_a_stated_length(string type, int? length, int sent)
    {
        var fit = MarketoFieldFitter.Fit(Field(type, length), "custom", new string('y', 300));

        Assert.That(fit.Value!.GetValue<string>(), Has.Length.EqualTo(sent));
    }

    [Test]
    public void Values_that_are_not_text_are_written_as_invariant_text_with_ids_in_canonical_form()
    {
        var id = Guid.Parse("{0B6A1C5E-3F4D-4E2A-9C8B-7A6D5E4F3A2B}");

        Assert.That(MarketoFieldFitter.Fit(Field("string", 50), "accountid", id).Value!.GetValue<string>(),
            Is.EqualTo("0b6a1c5e-3f4d-4e2a-9c8b-7a6d5e4f3a2b"));
        Assert.That(MarketoFieldFitter.Fit(Field("string", 50), "revenue", 1234.5m).Value!.GetValue<string>(), Is.EqualTo("1234.5"));
        Assert.That(MarketoFieldFitter.Fit(Field("url", null), "donotemail", true).Value!.GetValue<string>(), Is.EqualTo("true"));
        Assert.That(MarketoFieldFitter.Fit(Field("string", 50), "msi_ref", Guid.Empty).Value!.GetValue<string>(), Is.EqualTo(Guid.Empty.ToString()));
    }

    internal static MarketoFieldDescription Field(string type, int? length, string name = "title") =>
        new(name, null, type, length, true);
}
