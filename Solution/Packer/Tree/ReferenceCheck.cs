using System.Xml.Linq;
using MsiDynamics.Solution.Packer.Schema;

namespace MsiDynamics.Solution.Packer.Tree;

/// <summary>
/// Checks that what the files name exists: the columns of views and charts (fetch and layout XML), the tables,
/// views, charts, forms and dashboards an app or a site map points at, the roles an app is shared with, the table,
/// view and relationship a form's sub-grid shows, and the publisher prefix of every table and column the solution adds.
/// </summary>
internal static class ReferenceCheck
{
    public static IEnumerable<string> Problems(IReadOnlyDictionary<string, XDocument> documents)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, doc) in documents)
        {
            foreach (var name in new[] { "savedqueryid", "savedqueryvisualizationid", "formid", "FormId" })
            {
                ids.UnionWith(doc.Descendants(name).Select(e => e.Value.Trim()));
            }

            if (doc.Root?.Name == "Role")
            {
                ids.Add((string?)doc.Root.Attribute("id") ?? string.Empty);
            }
        }

        foreach (var (path, doc) in documents)
        {
            foreach (var entity in doc.Descendants("entity").Where(e => e.Parent?.Name == "fetch"))
            {
                var table = SolutionTables.Find((string?)entity.Attribute("name") ?? string.Empty);
                if (table is null)
                {
                    yield return $"{path}: fetch names the table '{entity.Attribute("name")}', which the solution does not define.";
                    continue;
                }

                var named = entity.Descendants("attribute").Select(a => (string?)a.Attribute("name"))
                    .Concat(entity.Descendants("condition").Select(c => (string?)c.Attribute("attribute")))
                    .Concat(entity.Descendants("order").Select(o => (string?)o.Attribute("attribute")))
                    .Concat(doc.Descendants("cell").Select(c => (string?)c.Attribute("name")));
                foreach (var column in named.OfType<string>().Distinct())
                {
                    if (!table.Columns.Any(c => c.LogicalName == column) && !TreeValidator.IsPlatformColumn(table, column))
                    {
                        yield return $"{path}: names the column {table.LogicalName}.{column}, which the solution does not define.";
                    }
                }
            }

            foreach (var component in doc.Descendants("AppModuleComponent").Concat(doc.Descendants("Role").Where(r => r.Parent?.Name == "AppModuleRoleMaps")))
            {
                if ((string?)component.Attribute("id") is { } id && !ids.Contains(id))
                {
                    yield return $"{path}: refers to {id}, which no file of the solution defines.";
                }

                if ((string?)component.Attribute("schemaName") is { } name && component.Attribute("type")?.Value == "1" && SolutionTables.Find(name) is null)
                {
                    yield return $"{path}: refers to the table {name}, which the solution does not define.";
                }
            }

            foreach (var problem in SubGridProblems(path, doc, documents))
            {
                yield return problem;
            }

            foreach (var subArea in doc.Descendants("SubArea").Where(s => s.Attribute("Entity") is not null))
            {
                if (SolutionTables.Find((string)subArea.Attribute("Entity")!) is null)
                {
                    yield return $"{path}: the site map shows the table {subArea.Attribute("Entity")}, which the solution does not define.";
                }
            }
        }

        foreach (var table in SolutionTables.All)
        {
            foreach (var lookup in table.Columns.Where(c => c.Kind == ColumnKind.Lookup && string.IsNullOrEmpty(c.Target)))
            {
                yield return $"{table.LogicalName}.{lookup.LogicalName}: a lookup without a target table.";
            }

            foreach (var name in table.Columns.Select(c => c.LogicalName).Append(table.IsNew ? table.LogicalName : SolutionManifest.Prefix + "_"))
            {
                if (!name.StartsWith(SolutionManifest.Prefix + "_", StringComparison.Ordinal))
                {
                    yield return $"{table.LogicalName}.{name}: does not carry the publisher prefix '{SolutionManifest.Prefix}_'.";
                }
            }
        }
    }

    // A form's sub-grid shows a table of the solution, in one of its views, through a relationship of the solution
    // from the form's table to that table.
    private static IEnumerable<string> SubGridProblems(string path, XDocument doc, IReadOnlyDictionary<string, XDocument> documents)
    {
        var parts = path.Split('/');
        var formTable = parts.Length > 2 && parts[0] == "Entities" && parts[2] == "FormXml"
            ? SolutionTables.All.FirstOrDefault(t => t.SchemaName == parts[1])
            : null;
        // Other/Relationships.xml names the relationships; Other/Relationships/<Table>.xml define them.
        var names = documents.TryGetValue("Other/Relationships.xml", out var declared)
            ? declared.Descendants("EntityRelationship").Select(r => (string?)r.Attribute("Name")).ToHashSet(StringComparer.Ordinal)
            : [];
        var relationships = documents.Where(d => d.Key.StartsWith("Other/Relationships/", StringComparison.Ordinal))
            .SelectMany(d => d.Value.Descendants("EntityRelationship")).Where(r => names.Contains((string?)r.Attribute("Name"))).ToArray();
        foreach (var grid in doc.Descendants("control").Where(c => (string?)c.Attribute("indicationOfSubgrid") == "true"))
        {
            var id = (string?)grid.Attribute("id");
            var parameters = grid.Element("parameters");
            var target = parameters?.Element("TargetEntityType")?.Value;
            var view = parameters?.Element("ViewId")?.Value;
            var relationship = parameters?.Element("RelationshipName")?.Value;
            if (target is null || SolutionTables.Find(target) is null)
            {
                yield return $"{path}: the sub-grid {id} shows the table '{target}', which the solution does not define.";
            }

            if (view is null || !documents.Values.SelectMany(d => d.Descendants("savedqueryid"))
                    .Any(v => string.Equals(v.Value.Trim(), view.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"{path}: the sub-grid {id} shows the view '{view}', which no file of the solution defines.";
            }

            var declaredRelationship = relationships.FirstOrDefault(r => (string?)r.Attribute("Name") == relationship);
            if (relationship is null || declaredRelationship is null)
            {
                yield return $"{path}: the sub-grid {id} follows the relationship '{relationship}', which Other/Relationships.xml does not declare.";
            }
            else if (!Names(declaredRelationship.Element("ReferencingEntityName")?.Value, target is null ? null : SolutionTables.Find(target))
                || !Names(declaredRelationship.Element("ReferencedEntityName")?.Value, formTable))
            {
                yield return $"{path}: the sub-grid {id} follows the relationship '{relationship}', which does not lead from {formTable?.LogicalName} to {target}.";
            }
        }
    }

    /// <summary>Whether a relationship file's table name (an export writes the schema name) is <paramref name="table"/>.</summary>
    private static bool Names(string? name, SolutionTable? table) =>
        table is not null && (string.Equals(name, table.SchemaName, StringComparison.Ordinal) || string.Equals(name, table.LogicalName, StringComparison.Ordinal));
}
