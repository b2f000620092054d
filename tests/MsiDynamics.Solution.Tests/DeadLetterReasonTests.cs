using System.Xml.Linq;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Solution.Tests;

/// <summary>
/// Dead letters by reason in the app: the packed solution has the chart grouped by <c>msi_reason</c> (a multiline
/// column cannot be grouped), on the MSI Sync dashboard and in the app, and the dead-letter view shows and sorts by it.
/// </summary>
public sealed class DeadLetterReasonTests
{
    [Test]
    public void A_chart_counts_the_dead_letters_of_the_queue_grouped_by_their_short_reason()
    {
        var chart = Chart("Dead letters by reason");
        var entity = chart.Descendants("fetch").Single().Element("entity")!;

        Assert.That((string?)entity.Attribute("name"), Is.EqualTo(Q.EntityName));
        Assert.That(entity.Elements("attribute").Where(a => (string?)a.Attribute("groupby") == "true").Select(a => (string?)a.Attribute("name")), Is.EqualTo(new[] { Q.Reason }));
        Assert.That(entity.Elements("attribute").Where(a => (string?)a.Attribute("aggregate") == "count").Select(a => (string?)a.Attribute("name")), Is.EqualTo(new[] { Q.Id }));
        Assert.That(entity.Descendants("condition").Select(c => ((string?)c.Attribute("attribute"), (string?)c.Attribute("operator"), (string?)c.Attribute("value"))),
            Is.EqualTo(new[] { ((string?)Q.Status, (string?)"eq", (string?)"5") }), "dead letters only (QueueStatus.DeadLettered = 5)");
        Assert.That(chart.Ancestors("Entity").Single().Element("Name")!.Value, Is.EqualTo(Q.EntityName), "a chart of the queue table");
    }

    [Test]
    public void The_MSI_Sync_dashboard_and_app_show_the_chart_beside_the_one_by_table()
    {
        var byReason = ChartId("Dead letters by reason");
        var byTable = ChartId("Dead letters by table");
        var dashboard = SolutionFixture.Customizations.Descendants("Dashboard")
            .Single(d => d.Element("LocalizedNames")!.Elements("LocalizedName").Any(n => (string?)n.Attribute("description") == "MSI Sync"));
        var charts = dashboard.Descendants("VisualizationId").Select(v => Guid.Parse(v.Value)).ToList();
        var app = SolutionFixture.Customizations.Descendants("AppModule").Single(a => a.Element("UniqueName")?.Value == "msi_MsiSync");
        var appCharts = app.Descendants("AppModuleComponent").Where(c => (string?)c.Attribute("type") == "59").Select(c => Guid.Parse((string)c.Attribute("id")!)).ToList();

        Assert.That(charts, Does.Contain(byReason).And.Contain(byTable));
        Assert.That(appCharts, Does.Contain(byReason).And.Contain(byTable));
    }

    [Test]
    public void The_dead_letter_view_shows_the_reason_and_sorts_by_it_first()
    {
        var view = SolutionFixture.Customizations.Descendants("savedquery")
            .Single(v => v.Descendants("LocalizedName").Any(n => (string?)n.Attribute("description") == "Dead-lettered, with reason"));
        var entity = view.Descendants("fetch").Single().Element("entity")!;

        Assert.That(view.Descendants("cell").Select(c => (string?)c.Attribute("name")), Does.Contain(Q.Reason).And.Contain(Q.LastError));
        Assert.That(entity.Elements("attribute").Select(a => (string?)a.Attribute("name")), Does.Contain(Q.Reason));
        Assert.That((string?)entity.Elements("order").First().Attribute("attribute"), Is.EqualTo(Q.Reason));
    }

    private static XElement Chart(string name) => SolutionFixture.Customizations.Descendants("visualization")
        .Single(v => v.Element("LocalizedNames")!.Elements("LocalizedName").Any(n => (string?)n.Attribute("description") == name));

    private static Guid ChartId(string name) => Guid.Parse(Chart(name).Element("savedqueryvisualizationid")!.Value);
}
