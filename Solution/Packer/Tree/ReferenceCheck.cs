using System.Xml.Linq;
using MsiDynamics.Solution.Packer.Schema;

namespace MsiDynamics.Solution.Packer.Tree;

/// <summary>
/// Checks that what the hand-written files name exists: the columns of views and charts (fetch and layout XML), the
/// tables, views, charts, forms and dashboards an app or a site map points at, the roles an app is shared with, and
/// the publisher prefix of every table and column the solution adds.
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
}
