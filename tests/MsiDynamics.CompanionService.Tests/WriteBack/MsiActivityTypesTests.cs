using System.Text.Json;
using MsiDynamics.CompanionService.Marketo.Activities;
using MsiDynamics.CompanionService.WriteBack;

namespace MsiDynamics.CompanionService.Tests.WriteBack;

/// <summary>Which activities name a person to refresh: types found by name, score and data-value changes only of MSI fields.</summary>
public sealed class MsiActivityTypesTests
{
    private static readonly MsiActivityTypes Types = MsiActivityTypes.From(
    [
        new MarketoActivityType { Id = 1, Name = "Visit Webpage" },
        new MarketoActivityType { Id = 146, Name = "interesting moment" },
        new MarketoActivityType { Id = 122, Name = "Change Score" },
        new MarketoActivityType { Id = 113, Name = "Change Data Value" },
    ]);

    [Test]
    public void Types_are_found_by_name_whatever_their_ids()
    {
        Assert.That(Types, Is.EqualTo(new MsiActivityTypes(146, 122, 113)));
    }

    [TestCase(146, "anything", true)]
    [TestCase(122, "Relative Score", true)]
    [TestCase(122, "Lead Score", false)]
    [TestCase(113, "Relative Urgency", true)]
    [TestCase(113, "priority", true)]
    [TestCase(113, "Job Title", false)]
    [TestCase(1, "Relative Score", false)]
    public void An_activity_moves_MSI_fields_only_when_its_type_and_field_say_so(int type, string primary, bool moves)
    {
        var activity = JsonSerializer.Deserialize<MarketoActivity>(
            $$"""{"leadId":7,"activityTypeId":{{type}},"primaryAttributeValue":"{{primary}}"}""", new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.That(Types.MovesMsi(activity), Is.EqualTo(moves));
    }
}
