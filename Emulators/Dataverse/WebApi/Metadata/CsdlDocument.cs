using System.Xml.Linq;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// <c>GET $metadata</c>: a CSDL document (OData 4.0, namespace <c>Microsoft.Dynamics.CRM</c>, alias <c>mscrm</c>) of the
/// tables the emulator serves, so OData client libraries can read the service. Each table is an entity type derived
/// from the abstract <c>crmbaseentity</c> with its key, one property per column (a lookup as <c>_x_value</c> Edm.Guid;
/// money and decimals Edm.Decimal with variable scale, as Dataverse declares them) and one single-valued navigation
/// property per lookup binding; the container <c>System</c> holds an entity set per table. Actions and functions,
/// and the platform's other types, are not described.
/// </summary>
internal static class CsdlDocument
{
    private static readonly XNamespace Edmx = "http://docs.oasis-open.org/odata/ns/edmx";
    private static readonly XNamespace Edm = "http://docs.oasis-open.org/odata/ns/edm";
    private const string Alias = "mscrm";

    public static string Write(EntitySets sets)
    {
        var schema = new XElement(Edm + "Schema",
            new XAttribute("Namespace", "Microsoft.Dynamics.CRM"),
            new XAttribute("Alias", Alias),
            new XElement(Edm + "EntityType", new XAttribute("Name", "crmbaseentity"), new XAttribute("Abstract", "true")),
            sets.All.Select(EntityType),
            new XElement(Edm + "EntityContainer", new XAttribute("Name", "System"),
                sets.All.Select(t => new XElement(Edm + "EntitySet",
                    new XAttribute("Name", t.EntitySetName), new XAttribute("EntityType", $"{Alias}.{t.LogicalName}")))));
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Edmx + "Edmx", new XAttribute("Version", "4.0"), new XAttribute(XNamespace.Xmlns + "edmx", Edmx),
                new XElement(Edmx + "DataServices", schema)));
        return document.Declaration + Environment.NewLine + document.Root;
    }

    private static XElement EntityType(TableMetadata table) =>
        new(Edm + "EntityType",
            new XAttribute("Name", table.LogicalName),
            new XAttribute("BaseType", $"{Alias}.crmbaseentity"),
            new XElement(Edm + "Key", new XElement(Edm + "PropertyRef", new XAttribute("Name", table.PrimaryKey))),
            table.Columns.Select(Property),
            Navigation(table));

    private static XElement Property(ColumnMetadata column)
    {
        var property = new XElement(Edm + "Property", new XAttribute("Name", column.PropertyName), new XAttribute("Type", column.EdmType));
        if (column.Type is ColumnType.Money or ColumnType.Decimal)
        {
            property.Add(new XAttribute("Scale", "Variable"));
        }

        return property;
    }

    // One navigation property per binding name: the target's type, or crmbaseentity when it leads to several (ownerid).
    private static IEnumerable<XElement> Navigation(TableMetadata table) =>
        table.Columns.SelectMany(c => c.Targets)
            .GroupBy(t => t.NavigationProperty)
            .Select(g => new XElement(Edm + "NavigationProperty",
                new XAttribute("Name", g.Key),
                new XAttribute("Type", g.Select(t => t.Table).Distinct().Count() == 1 ? $"{Alias}.{g.First().Table}" : $"{Alias}.crmbaseentity")));
}
