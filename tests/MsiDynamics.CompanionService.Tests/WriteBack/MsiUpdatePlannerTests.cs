using System.Text.Json;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Dataverse.Metadata;
using MsiDynamics.CompanionService.Dataverse.OData;
using MsiDynamics.CompanionService.Marketo.Leads;
using MsiDynamics.CompanionService.WriteBack;

namespace MsiDynamics.CompanionService.Tests.WriteBack;

/// <summary>What is written for one person: values fitted to their columns, and only the columns that differ.</summary>
public sealed class MsiUpdatePlannerTests
{
    private static readonly ColumnLimits Limits = new("lead", new Dictionary<string, int>
    {
        ["msi_lastinterestingmomenttype"] = 255, ["msi_lastinterestingmomentdesc"] = 2000, ["msi_lastinterestingmomentsource"] = 255,
        ["address1_line1"] = 10,
    });

    private static readonly MarketoMsiValues Values = new("Web", new DateTimeOffset(2026, 3, 2, 15, 4, 5, 600, TimeSpan.Zero), "Visited", "Web page", 30, 40, 5_000_000_000);

    [Test]
    public void A_row_already_holding_every_value_gets_no_update()
    {
        var row = Row("""{"msi_lastinterestingmomenttype":"Web","msi_lastinterestingmomentdate":"2026-03-02T15:04:05Z","msi_lastinterestingmomentdesc":"Visited","msi_lastinterestingmomentsource":"Web page","msi_priority":30,"msi_relativeurgency":40,"msi_relativescore":2147483647}""");

        Assert.That(MsiUpdatePlanner.Plan(row, Values, new WriteBackColumns(), Limits), Is.Null);
    }

    [Test]
    public void Only_the_columns_that_differ_are_in_the_update()
    {
        var row = Row("""{"msi_lastinterestingmomenttype":"Email","msi_lastinterestingmomentdate":"2026-03-02T15:04:05Z","msi_lastinterestingmomentdesc":"Visited","msi_lastinterestingmomentsource":"Web page","msi_priority":30,"msi_relativeurgency":41,"msi_relativescore":2147483647}""");

        var update = MsiUpdatePlanner.Plan(row, Values, new WriteBackColumns(), Limits)!;

        Assert.That(update.Columns, Is.EquivalentTo(new Dictionary<string, object?> { ["msi_lastinterestingmomenttype"] = "Web", ["msi_relativeurgency"] = 40 }));
    }

    [Test]
    public void Values_are_fitted_to_their_columns_type_and_length()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MsiUpdatePlanner.Fit(5_000_000_000L, null), Is.EqualTo(int.MaxValue), "a whole-number column holds Int32");
            Assert.That(MsiUpdatePlanner.Fit(42L, 255), Is.EqualTo("42"), "a number into a text column is text");
            Assert.That(MsiUpdatePlanner.Fit(Values.LastInterestingMomentDate, 255), Is.EqualTo("2026-03-02T15:04:05Z"));
            Assert.That(MsiUpdatePlanner.Fit(Values.LastInterestingMomentDate, null), Is.EqualTo(new DateTimeOffset(2026, 3, 2, 15, 4, 5, TimeSpan.Zero)));
            Assert.That(MsiUpdatePlanner.Fit("A long interesting moment", 10), Is.EqualTo("A long in…"));
        });
    }

    private static PersonRow Row(string json) => new(DataverseTable.Lead, Guid.NewGuid(), 7, new DataverseRow(JsonDocument.Parse(json).RootElement.Clone()));
}
