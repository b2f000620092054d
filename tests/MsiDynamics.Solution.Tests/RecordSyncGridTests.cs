using System.Xml.Linq;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Solution.Tests;

/// <summary>
/// A record's sync status at no extra cost (issue 14, item 2): the lead, contact, account and opportunity forms the
/// solution carries show a "Marketo sync" sub-grid of the record's queue rows, bound to the relationship of the queue's
/// lookup to that table and to a view of the queue that shows status, attempts and last error. Read from the packed zip,
/// which is what an organisation imports.
/// </summary>
public sealed class RecordSyncGridTests
{
    /// <summary>The platform's class id of a sub-grid control (microsoft/coe-starter-kit, docs/solution.md).</summary>
    private const string SubGridClass = "{E7A81278-8635-4D9E-8D4D-59480B391C5B}";

    private static readonly string[] StatusColumns = [Q.Status, Q.Attempts, Q.LastError];

    [TestCase("lead")]
    [TestCase("contact")]
    [TestCase("account")]
    [TestCase("opportunity")]
    public void The_record_form_lists_the_queue_rows_linked_to_the_record(string table)
    {
        var customizations = SolutionFixture.Customizations;

        var grid = SubGrids(customizations, table).SingleOrDefault();

        Assert.That(grid, Is.Not.Null, $"a main form of {table} with a sub-grid of {Q.EntityName}");
        Assert.That((string?)grid!.Attribute("classid"), Is.EqualTo(SubGridClass).IgnoreCase);
        var parameters = grid.Element("parameters")!;
        Assert.That(parameters.Element("TargetEntityType")?.Value, Is.EqualTo(Q.EntityName));
        Assert.That(parameters.Element("RelationshipName")?.Value, Is.EqualTo(RelationshipTo(customizations, table)),
            $"the relationship of the queue's lookup to {table}");
        var view = View(customizations, parameters.Element("ViewId")?.Value);
        Assert.That(view, Is.Not.Null, "the sub-grid's view is a view of the queue in the solution");
        Assert.That(view!.Descendants("cell").Select(c => (string?)c.Attribute("name")), Is.SupersetOf(StatusColumns));
        Assert.That(view.Descendants("entity").Single().Descendants("attribute").Select(a => (string?)a.Attribute("name")), Is.SupersetOf(StatusColumns));
    }

    [TestCase("lead")]
    [TestCase("contact")]
    [TestCase("account")]
    [TestCase("opportunity")]
    public void The_form_with_the_sub_grid_and_its_table_are_root_components(string table)
    {
        var form = SubGrids(SolutionFixture.Customizations, table).Single().Ancestors("systemform").Single();
        var formId = Guid.Parse(form.Element("formid")!.Value);
        var roots = SolutionFixture.Xml(SolutionFixture.Result.ManagedZip, "solution.xml").Descendants("RootComponent").ToArray();

        Assert.That(roots.Any(r => (string?)r.Attribute("type") == "60" && Guid.TryParse((string?)r.Attribute("id"), out var id) && id == formId),
            Is.True, $"the form {formId} of {table}");
        Assert.That(roots.Any(r => (string?)r.Attribute("type") == "1" && (string?)r.Attribute("schemaName") == table), Is.True, table);
    }

    [TestCase("lead")]
    [TestCase("contact")]
    [TestCase("account")]
    [TestCase("opportunity")]
    public void The_form_added_to_a_platform_table_comes_after_the_organisations_own_forms_and_is_no_fallback(string table)
    {
        var conditions = SubGrids(SolutionFixture.Customizations, table).Single().Ancestors("form").Single().Element("DisplayConditions")!;

        Assert.That(int.Parse((string)conditions.Attribute("Order")!, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(1000),
            "a record keeps opening in the form its users know");
        Assert.That((string?)conditions.Attribute("FallbackForm"), Is.EqualTo("false"));
    }

    [Test]
    public void The_record_view_shows_every_row_of_the_record_newest_first()
    {
        var customizations = SolutionFixture.Customizations;
        var viewId = SubGrids(customizations, "lead").Single().Element("parameters")!.Element("ViewId")!.Value;

        var fetch = View(customizations, viewId)!.Descendants("fetch").Single();

        Assert.That(fetch.Descendants("condition"), Is.Empty, "no status or date filter: the record's every row shows");
        var order = fetch.Descendants("order").First();
        Assert.That(((string?)order.Attribute("attribute"), (string?)order.Attribute("descending")), Is.EqualTo(("modifiedon", "true")));
    }

    [Test]
    public void A_user_form_is_not_part_of_the_solution()
    {
        // The queue links users too, but the organisation's user form is left alone: a user's rows are found by
        // msi_recordid in the MSI Sync app (README, installing step 7).
        Assert.That(SubGrids(SolutionFixture.Customizations, "systemuser"), Is.Empty);
        Assert.That(SolutionFixture.Customizations.Descendants("EntityRelationship")
            .Any(r => string.Equals(r.Element("ReferencedEntityName")?.Value, "systemuser", StringComparison.OrdinalIgnoreCase) && r.Element("ReferencingEntityName")?.Value == Q.EntityName), Is.True);
    }

    private static IEnumerable<XElement> SubGrids(XDocument customizations, string table) =>
        customizations.Root!.Element("Entities")!.Elements("Entity")
            .Where(e => string.Equals(e.Element("Name")?.Value, table, StringComparison.OrdinalIgnoreCase))
            .Descendants("forms").Where(f => (string?)f.Attribute("type") == "main")
            .Descendants("control")
            .Where(c => (string?)c.Attribute("indicationOfSubgrid") == "true" && c.Element("parameters")?.Element("TargetEntityType")?.Value == Q.EntityName);

    private static string RelationshipTo(XDocument customizations, string table) =>
        customizations.Descendants("EntityRelationship")
            .Single(r => r.Element("ReferencingEntityName")?.Value == Q.EntityName && string.Equals(r.Element("ReferencedEntityName")?.Value, table, StringComparison.OrdinalIgnoreCase))
            .Attribute("Name")!.Value;

    private static XElement? View(XDocument customizations, string? id) =>
        id is not null && Guid.TryParse(id, out var viewId)
            ? customizations.Root!.Element("Entities")!.Elements("Entity")
                .Where(e => e.Element("Name")?.Value == Q.EntityName)
                .Descendants("savedquery")
                .SingleOrDefault(q => Guid.TryParse(q.Element("savedqueryid")?.Value, out var queryId) && queryId == viewId)
            : null;
}
