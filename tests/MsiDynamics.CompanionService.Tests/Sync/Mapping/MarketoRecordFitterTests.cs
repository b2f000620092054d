using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Marketo.Describe;
using MsiDynamics.CompanionService.Sync.Mapping;
using static MsiDynamics.CompanionService.Tests.Sync.Mapping.FieldTextFittingTests;

namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>A whole record fitted to its object's describe (marketo.md D10).</summary>
public sealed class MarketoRecordFitterTests
{
    private static readonly MarketoObjectDescription Leads = new(MarketoObjectType.Leads, null, ["email"], [],
    [
        Field("string", 255, "firstName"),
        Field("string", 10, "title"),
        Field("integer", null, "leadScore"),
        Field("boolean", null, "unsubscribed"),
    ]);

    [Test]
    public void Every_value_is_fitted_and_cuts_are_listed_for_the_log()
    {
        var fitted = MarketoRecordFitter.Fit(Leads, new Dictionary<string, MappedValue>
        {
            ["firstName"] = new("firstname", "Pat"),
            ["title"] = new("jobtitle", "Head of Procurement"),
            ["leadScore"] = new("msi_score", 12.0m),
            ["unsubscribed"] = new("donotbulkemail", null),
        });

        Assert.That(fitted.CanBeSent, Is.True);
        Assert.That(fitted.Reason, Is.Null);
        Assert.That(Sent(fitted, "firstName").GetValue<string>(), Is.EqualTo("Pat"));
        Assert.That(Sent(fitted, "title").GetValue<string>(), Is.EqualTo("Head of Pr"));
        Assert.That(Sent(fitted, "leadScore").ToJsonString(), Is.EqualTo("12"));
        Assert.That(fitted.Fields, Does.ContainKey("unsubscribed").WithValue(null), "null is sent, so Marketo clears the field");
        Assert.That(fitted.Cuts.Select(c => c.Field), Is.EqualTo(new[] { "title" }));
    }

    [Test]
    public void A_field_the_describe_lacks_is_a_mapping_error_naming_it()
    {
        var fitted = MarketoRecordFitter.Fit(Leads, new Dictionary<string, MappedValue>
        {
            ["firstName"] = new("firstname", "Pat"),
            ["msiPreferredChannel"] = new("msi_channel", "Web"),
        });

        Assert.That(fitted.CanBeSent, Is.False);
        Assert.That(fitted.Errors, Is.EqualTo(new[]
        {
            "msi_channel cannot be sent to Marketo field 'msiPreferredChannel': the Leads describe has no such field "
            + "(field removed from the Marketo instance?). Restore the field or change the mapping.",
        }));
    }

    [TestCase(null)]
    [TestCase("  ")]
    public void An_empty_value_for_a_field_the_describe_lacks_is_left_out_and_the_record_sent(string? value)
    {
        var fitted = MarketoRecordFitter.Fit(Leads, new Dictionary<string, MappedValue>
        {
            ["firstName"] = new("firstname", "Pat"),
            ["company"] = new("companyname", value),
        });

        Assert.That(fitted.CanBeSent, Is.True);
        Assert.That(fitted.Fields.Keys, Is.EqualTo(new[] { "firstName" }));
    }

    [Test]
    public void Every_value_that_cannot_be_sent_is_reported_one_per_line_not_only_the_first()
    {
        var fitted = MarketoRecordFitter.Fit(Leads, new Dictionary<string, MappedValue>
        {
            ["leadScore"] = new("msi_score", 14.1m),
            ["unsubscribed"] = new("donotbulkemail", "Yes"),
            ["firstName"] = new("firstname", "Pat"),
        });

        Assert.That(fitted.Errors, Has.Count.EqualTo(2));
        Assert.That(fitted.Reason, Is.EqualTo(string.Join(Environment.NewLine, fitted.Errors)));
        Assert.That(fitted.Reason, Does.StartWith("msi_score value '14.1' cannot be sent to Marketo field 'leadScore' (integer)"));
    }

    [Test]
    public void A_field_named_in_another_case_is_sent_under_the_describe_s_spelling()
    {
        var fitted = MarketoRecordFitter.Fit(Leads, new Dictionary<string, MappedValue> { ["FirstName"] = new("firstname", "Pat") });

        Assert.That(fitted.Fields.Keys, Is.EqualTo(new[] { "firstName" }));
    }

    private static JsonNode Sent(FittedRecord fitted, string field) =>
        (JsonNode)fitted.Fields[field]!;
}
