using System.Xml.Linq;

namespace MsiDynamics.Solution.Tests;

/// <summary>
/// The names one kind of solution file may use and how they nest, written one line per element:
/// <c>"cell: @id @showlabel labels control"</c> is an element <c>cell</c> with the attributes <c>id</c> and
/// <c>showlabel</c> and the child elements <c>labels</c> and <c>control</c>. An element named as a child but without a
/// line of its own holds only text. Namespace declarations are not names; an attribute in the XML Schema instance
/// namespace is written <c>@xsi:nil</c>.
/// </summary>
internal sealed class XmlVocabulary
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private readonly string root;
    private readonly Dictionary<string, (HashSet<string> Attributes, HashSet<string> Children)> elements;

    /// <param name="root">The element a file of this kind starts with.</param>
    /// <param name="lines">One line per element that has attributes or children.</param>
    public XmlVocabulary(string root, params string[] lines)
        : this(root, new Dictionary<string, (HashSet<string>, HashSet<string>)>(StringComparer.Ordinal))
    {
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new ArgumentException($"'{line}' is not 'element: @attribute child …'.", nameof(lines));
            }

            var (attributes, children) = Entry(line[..colon].Trim());
            foreach (var name in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (name.StartsWith('@'))
                {
                    attributes.Add(name[1..]);
                }
                else
                {
                    children.Add(name);
                }
            }
        }
    }

    private XmlVocabulary(string root, Dictionary<string, (HashSet<string>, HashSet<string>)> elements)
    {
        this.root = root;
        this.elements = elements;
    }

    /// <summary>
    /// The names of several kinds together, starting at <paramref name="root"/>: what the zip's customizations.xml holds
    /// (the sections, and in them the files of the tree). A name one kind has is then allowed wherever the others use the
    /// same element name, so this is looser than each kind on its own.
    /// </summary>
    public static XmlVocabulary Union(string root, params XmlVocabulary[] parts)
    {
        var union = new XmlVocabulary(root, new Dictionary<string, (HashSet<string>, HashSet<string>)>(StringComparer.Ordinal));
        foreach (var part in parts)
        {
            foreach (var (name, (attributes, children)) in part.elements)
            {
                var entry = union.Entry(name);
                entry.Attributes.UnionWith(attributes);
                entry.Children.UnionWith(children);
            }
        }

        return union;
    }

    /// <summary>Every element, attribute or nesting of <paramref name="document"/> this vocabulary does not have.</summary>
    public IReadOnlyList<string> Unknown(XDocument document)
    {
        var top = document.Root ?? throw new ArgumentException("The document has no root element.", nameof(document));
        var unknown = new List<string>();
        if (top.Name.LocalName != root)
        {
            unknown.Add($"<{top.Name.LocalName}> as the root (real files start with <{root}>)");
        }

        foreach (var element in top.DescendantsAndSelf())
        {
            var known = elements.TryGetValue(element.Name.LocalName, out var entry);
            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
            {
                var name = attribute.Name.Namespace == Xsi ? "xsi:" + attribute.Name.LocalName : attribute.Name.LocalName;
                if (!known || !entry.Attributes.Contains(name))
                {
                    unknown.Add($"{PathOf(element)}: attribute {name}");
                }
            }

            foreach (var child in element.Elements().Select(c => c.Name.LocalName).Distinct())
            {
                if (!known || !entry.Children.Contains(child))
                {
                    unknown.Add($"{PathOf(element)}: element <{child}>");
                }
            }
        }

        return [.. unknown.Distinct()];
    }

    private static string PathOf(XElement element) =>
        string.Join('/', element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName));

    private (HashSet<string> Attributes, HashSet<string> Children) Entry(string name)
    {
        if (!elements.TryGetValue(name, out var entry))
        {
            entry = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
            elements[name] = entry;
        }

        return entry;
    }
}
