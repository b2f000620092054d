using System.IO.Compression;
using System.Xml.Linq;
using MsiDynamics.Solution.Packer.Tree;

namespace MsiDynamics.Solution.Packer.Packing;

/// <summary>
/// Writes one solution zip in the layout Dataverse imports (dataverse.md §5.3): <c>[Content_Types].xml</c> listing
/// every extension in the zip, <c>solution.xml</c> (with <c>Managed</c> 1 or 0), <c>customizations.xml</c>, and the
/// plug-in assembly at the path its data file names.
/// </summary>
internal static class SolutionZip
{
    public static void Write(string path, XDocument solution, XDocument customizations, bool managed, string dllEntry, string dllFile)
    {
        var manifest = new XDocument(solution);
        manifest.Root!.Element("SolutionManifest")!.Element("Managed")!.Value = managed ? "1" : "0";
        manifest.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
        var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["solution.xml"] = XmlText.Bytes(manifest),
            ["customizations.xml"] = XmlText.Bytes(customizations),
            [dllEntry] = File.ReadAllBytes(dllFile),
        };
        entries["[Content_Types].xml"] = XmlText.Bytes(ContentTypes(entries.Keys));

        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var name in entries.Keys.OrderBy(k => k == "[Content_Types].xml" ? 0 : 1).ThenBy(k => k, StringComparer.Ordinal))
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var stream = entry.Open();
            stream.Write(entries[name]);
        }
    }

    private static XDocument ContentTypes(IEnumerable<string> names)
    {
        XNamespace ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        var extensions = names.Select(n => Path.GetExtension(n).TrimStart('.').ToLowerInvariant()).Where(e => e.Length > 0).Distinct().Order(StringComparer.Ordinal);
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(ns + "Types", extensions.Select(e =>
                new XElement(ns + "Default", new XAttribute("Extension", e), new XAttribute("ContentType", "application/octet-stream")))));
    }
}
