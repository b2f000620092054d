using MsiDynamics.Solution.Packer.Schema;

namespace MsiDynamics.Solution.Tests;

/// <summary>
/// A lookup column declared in the packer's table becomes a lookup attribute and a one-to-many relationship whose
/// delete only clears the link, so a queue row outlives the record it names.
/// </summary>
public sealed class LookupColumnTests
{
    private static readonly SolutionTable Queue = new("msi_syncqueueitem", "msi_syncqueueitem", "Sync queue item", "Sync queue items",
        [new SolutionColumn("msi_name", ColumnKind.Text, "Name", 200) { IsPrimaryName = true }, new SolutionColumn("msi_leadid", ColumnKind.Lookup, "Lead") { Target = "lead" }])
    {
        IsNew = true, EntitySetName = "msi_syncqueueitems",
    };

    [Test]
    public void A_lookup_column_is_written_as_a_single_lookup_attribute()
    {
        var attribute = EntityXml.For(Queue).Descendants("attribute").Single(a => a.Element("LogicalName")?.Value == "msi_leadid");

        Assert.That(attribute.Element("Type")!.Value, Is.EqualTo("lookup"));
        Assert.That(attribute.Element("LookupStyle")!.Value, Is.EqualTo("single"));
    }

    [Test]
    public void A_lookup_column_has_a_one_to_many_relationship_that_only_clears_the_link_on_delete()
    {
        var relationship = RelationshipXml.Definitions([Queue]).Single();

        Assert.That(relationship.Element("EntityRelationshipType")!.Value, Is.EqualTo("OneToMany"));
        Assert.That(relationship.Element("ReferencedEntityName")!.Value, Is.EqualTo("Lead"), "the table's schema name, as exports write it");
        Assert.That(relationship.Element("ReferencingEntityName")!.Value, Is.EqualTo("msi_syncqueueitem"));
        Assert.That(relationship.Element("ReferencingAttributeName")!.Value, Is.EqualTo("msi_leadid"));
        Assert.That(relationship.Element("CascadeDelete")!.Value, Is.EqualTo("RemoveLink"));
        Assert.That((string)relationship.Attribute("Name")!, Does.StartWith("msi_"));
    }

    [Test]
    public void The_zip_carries_every_relationship_in_full_though_the_tree_names_them_apart_from_their_definitions()
    {
        var packed = SolutionFixture.Customizations.Root!.Element("EntityRelationships")!.Elements("EntityRelationship").ToArray();

        Assert.That(packed.Select(r => (string?)r.Attribute("Name")),
            Is.EquivalentTo(RelationshipXml.Definitions(SolutionTables.All).Select(r => (string?)r.Attribute("Name"))));
        Assert.That(packed.Select(r => r.Element("CascadeDelete")?.Value), Is.All.EqualTo("RemoveLink"));
    }

    [Test]
    public void The_solution_without_lookups_has_no_relationship()
    {
        var lookups = SolutionTables.All.SelectMany(t => t.Columns).Count(c => c.Kind == ColumnKind.Lookup);

        Assert.That(RelationshipXml.Definitions(SolutionTables.All).Count(), Is.EqualTo(lookups));
        Assert.That(RelationshipXml.Index(SolutionTables.All).Descendants("EntityRelationship").Count(), Is.EqualTo(lookups));
    }
}
