using System.Reflection;
using System.Xml.Linq;
using MsiDynamics.Schema;
using M = MsiDynamics.Schema.DataverseSchema.MsiColumns;
using Q = MsiDynamics.Schema.DataverseSchema.SyncQueueItem;

namespace MsiDynamics.Solution.Tests;

/// <summary>
/// Every table and column of Schema/ is in the zip with the type and length architecture.md §4 gives it, and every
/// choice has exactly the values of its Schema/ enum (QueueStatus 2, retired, never appears).
/// </summary>
public sealed class SchemaColumnTests
{
    // architecture.md §4, written out here so that a change of the packer's own table cannot pass unnoticed.
    private static readonly (string Table, string Column, string Type, int? Length)[] Expected =
    [
        (Q.EntityName, Q.Name, "nvarchar", 200), (Q.EntityName, Q.Entity, "nvarchar", 64), (Q.EntityName, Q.RecordId, "nvarchar", 36),
        (Q.EntityName, Q.Operation, "picklist", null), (Q.EntityName, Q.Payload, "ntext", 10000), (Q.EntityName, Q.Status, "picklist", null),
        (Q.EntityName, Q.Attempts, "int", null), (Q.EntityName, Q.NextAttemptOn, "datetime", null), (Q.EntityName, Q.LastError, "ntext", 4000),
        (Q.EntityName, Q.Reason, "nvarchar", 160),
        (Q.EntityName, Q.MarketoId, "nvarchar", 50), (Q.EntityName, Q.CorrelationId, "nvarchar", 36), (Q.EntityName, Q.Lane, "picklist", null),
        ("msi_syncsetting", "msi_entity", "nvarchar", 64), ("msi_syncsetting", "msi_enabled", "bit", null),
        ("msi_syncstate", "msi_name", "nvarchar", 100), ("msi_syncstate", "msi_value", "ntext", 4000),
        ("lead", M.LastInterestingMomentType, "nvarchar", 255), ("lead", M.LastInterestingMomentDate, "datetime", null),
        ("lead", M.LastInterestingMomentDesc, "ntext", 2000), ("lead", M.LastInterestingMomentSource, "nvarchar", 255),
        ("lead", M.Priority, "int", null), ("lead", M.RelativeUrgency, "int", null), ("lead", M.RelativeScore, "int", null),
        ("lead", M.MarketoLeadId, "nvarchar", 50),
    ];

    [Test]
    public void Every_column_has_the_type_and_length_of_the_architecture()
    {
        foreach (var (table, column, type, length) in Expected.Concat(Expected.Where(e => e.Table == "lead").Select(e => e with { Table = "contact" })))
        {
            var attribute = Attribute(table, column);
            Assert.That(attribute, Is.Not.Null, $"{table}.{column} is missing");
            Assert.That(attribute!.Element("Type")!.Value, Is.EqualTo(type), $"{table}.{column}");
            Assert.That(attribute.Element("MaxLength")?.Value, Is.EqualTo(length?.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{table}.{column}");
        }
    }

    [Test]
    public void Every_column_constant_of_Schema_is_in_the_solution()
    {
        var tables = new[] { typeof(DataverseSchema.SyncQueueItem), typeof(DataverseSchema.SyncSetting), typeof(DataverseSchema.SyncState) };
        foreach (var type in tables)
        {
            var table = (string)type.GetField("EntityName")!.GetValue(null)!;
            var columns = type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name is not ("EntityName" or "EntitySetName" or "Id" or "CreatedOn"))
                .Select(f => (string)f.GetValue(null)!);
            foreach (var column in columns)
            {
                Assert.That(Attribute(table, column), Is.Not.Null, $"{table}.{column} is in Schema/ but not in the solution");
            }
        }

        foreach (var column in M.All)
        {
            Assert.That(Attribute("lead", column), Is.Not.Null, column);
            Assert.That(Attribute("contact", column), Is.Not.Null, column);
        }
    }

    [TestCase(Q.Status, typeof(QueueStatus))]
    [TestCase(Q.Operation, typeof(QueueOperation))]
    [TestCase(Q.Lane, typeof(QueueLane))]
    public void A_choice_has_exactly_the_values_and_labels_of_its_enum(string column, Type options)
    {
        var values = Attribute(Q.EntityName, column)!.Descendants("option")
            .Select(o => (Value: (int)o.Attribute("value")!, Label: (string)o.Descendants("label").Single().Attribute("description")!));

        Assert.That(values, Is.EquivalentTo(Enum.GetValues(options).Cast<object>().Select(v => (Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture), v.ToString()!))));
    }

    [Test]
    public void The_retired_status_2_is_nowhere_in_the_status_choice()
    {
        var values = Attribute(Q.EntityName, Q.Status)!.Descendants("option").Select(o => (int)o.Attribute("value")!);

        Assert.That(values, Does.Not.Contain(2));
    }

    [Test]
    public void The_settings_table_is_keyed_by_its_entity_column_and_enabled_by_default()
    {
        var entity = Entity("msi_syncsetting")!;

        Assert.That(entity.Descendants("EntityKey").Single().Element("EntityKeyAttributes")!.Elements("AttributeName").Select(k => k.Value), Is.EqualTo(new[] { "msi_entity" }));
        Assert.That(Attribute("msi_syncsetting", "msi_enabled")!.Element("AppDefaultValue")!.Value, Is.EqualTo("1"));
    }

    [Test]
    public void The_solution_tables_are_organisation_owned_with_their_entity_set_names()
    {
        foreach (var (table, set) in new[] { (Q.EntityName, Q.EntitySetName), ("msi_syncsetting", "msi_syncsettings"), ("msi_syncstate", "msi_syncstates") })
        {
            Assert.That(Entity(table)!.Element("OwnershipTypeMask")!.Value, Is.EqualTo("OrgOwned"), table);
            Assert.That(Entity(table)!.Element("EntitySetName")!.Value, Is.EqualTo(set), table);
        }
    }

    private static XElement? Entity(string table) => SolutionFixture.Customizations.Descendants("entity")
        .SingleOrDefault(e => string.Equals((string?)e.Attribute("Name"), table, StringComparison.OrdinalIgnoreCase) && e.Parent?.Name == "EntityInfo");

    private static XElement? Attribute(string table, string column) =>
        Entity(table)?.Element("attributes")?.Elements("attribute").SingleOrDefault(a => a.Element("LogicalName")?.Value == column);
}
