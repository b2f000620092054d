using System.Text.RegularExpressions;

namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// The Microsoft.Xrm.Sdk surface as specs/dataverse.md writes it: the type names of §1.2's table and, per type,
/// the text of its declaration(s) in §1.3's code block. A declaration starts where a listed type's name opens a
/// statement (line start, after <c>;</c>, <c>{</c>, <c>}</c> or <c>//</c>, optionally after modifiers and
/// <c>class</c>/<c>interface</c>/<c>enum</c>) and is followed by <c>:</c>, <c>{</c>, <c>(</c> or <c>/</c>; it runs
/// to the next declaration of another type or the end of its namespace.
/// </summary>
internal sealed class SdkSurfaceSpec
{
    private const string AssemblyName = "Microsoft.Xrm.Sdk";

    private readonly Dictionary<string, string> _declarations;

    private SdkSurfaceSpec(HashSet<string> listedTypes, Dictionary<string, string> declarations)
    {
        ListedTypes = listedTypes;
        _declarations = declarations;
    }

    /// <summary>Listed types as <c>Namespace.Name</c>, with <c>`arity</c> for generics (reflection's full name).</summary>
    public IReadOnlySet<string> ListedTypes { get; }

    public static SdkSurfaceSpec Load() => Parse(File.ReadAllText(SpecLocation.DataverseSpecPath()));

    public static SdkSurfaceSpec Parse(string markdown)
    {
        var listed = ParseTable(Section(markdown, "### 1.2", "### 1.3"));
        var code = CodeBlock(Section(markdown, "### 1.3", "### 1.4"));
        return new SdkSurfaceSpec(listed, ParseDeclarations(code, listed));
    }

    /// <summary>The declaration text of a type (empty when §1.3 does not spell it out, e.g. UpdateResponse).</summary>
    public string DeclarationOf(string fullName) => _declarations.TryGetValue(fullName, out var text) ? text : string.Empty;

    private static string Section(string markdown, string start, string end)
    {
        var from = markdown.IndexOf(start, StringComparison.Ordinal);
        var to = markdown.IndexOf(end, from + 1, StringComparison.Ordinal);
        if (from < 0 || to < 0)
        {
            throw new InvalidDataException($"specs/dataverse.md has no section between '{start}' and '{end}'.");
        }

        return markdown[from..to];
    }

    private static string CodeBlock(string section)
    {
        var match = Regex.Match(section, @"```csharp\s*\n(?<code>.*?)```", RegexOptions.Singleline);
        return match.Success ? match.Groups["code"].Value : throw new InvalidDataException("§1.3 has no csharp block.");
    }

    private static HashSet<string> ParseTable(string section)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in section.Split('\n'))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 5 || cells[1] != AssemblyName)
            {
                continue;
            }

            var ns = cells[2].Trim('`');
            foreach (var item in SplitOutsideAngles(cells[3]))
            {
                foreach (var name in ExpandItem(item))
                {
                    listed.Add($"{ns}.{name}");
                }
            }
        }

        return listed;
    }

    /// <summary>Expands table shorthands: <c>X(2..7)</c>, <c>CreateRequest/Response</c>, <c>Create/UpsertMultipleRequest</c>, <c>G&lt;T&gt;</c>.</summary>
    private static IEnumerable<string> ExpandItem(string item)
    {
        var text = item.Trim();
        var range = Regex.Match(text, @"^(?<name>\w+)\((?<from>\d+)\.\.(?<to>\d+)\)");
        if (range.Success)
        {
            var name = range.Groups["name"].Value;
            yield return name;
            for (var i = int.Parse(range.Groups["from"].Value); i <= int.Parse(range.Groups["to"].Value); i++)
            {
                yield return name + i;
            }

            yield break;
        }

        text = Regex.Replace(text, @"\([^)]*\)", string.Empty).Replace("static classes", string.Empty).Trim();
        var generic = Regex.Match(text, @"^(?<name>\w+)<(?<args>[^>]*)>$");
        if (generic.Success)
        {
            yield return $"{generic.Groups["name"].Value}`{generic.Groups["args"].Value.Split(',').Length}";
            yield break;
        }

        var parts = text.Split('/').Select(p => p.Trim()).ToArray();
        var last = parts[^1];
        var suffix = Regex.Replace(last, @"^[A-Z][a-z]+", string.Empty);
        yield return parts[0];
        foreach (var part in parts.Skip(1))
        {
            yield return part is "Response" or "Request"
                ? Regex.Replace(parts[0], "(Request|Response)$", string.Empty) + part
                : part;
        }

        foreach (var part in parts.Take(parts.Length - 1).Where(p => Regex.IsMatch(p, "^[A-Z][a-z]+$")))
        {
            yield return part + suffix;
        }
    }

    private static IEnumerable<string> SplitOutsideAngles(string cell)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            depth += cell[i] == '<' ? 1 : cell[i] == '>' ? -1 : 0;
            if (cell[i] == ',' && depth == 0)
            {
                yield return cell[start..i];
                start = i + 1;
            }
        }

        yield return cell[start..];
    }

    private static Dictionary<string, string> ParseDeclarations(string code, HashSet<string> listed)
    {
        var declarations = new Dictionary<string, string>(StringComparer.Ordinal);
        var namespaces = Regex.Matches(code, @"^namespace\s+(?<ns>[\w.]+)\s*\{", RegexOptions.Multiline);
        for (var n = 0; n < namespaces.Count; n++)
        {
            var ns = namespaces[n].Groups["ns"].Value;
            var bodyStart = namespaces[n].Index + namespaces[n].Length;
            var bodyEnd = n + 1 < namespaces.Count ? namespaces[n + 1].Index : code.Length;
            var body = code[bodyStart..bodyEnd];
            var names = listed.Where(t => t.StartsWith(ns + ".", StringComparison.Ordinal) && !t[(ns.Length + 1)..].Contains('.'))
                .Select(t => Regex.Replace(t[(ns.Length + 1)..], "`\\d+$", string.Empty))
                .Distinct()
                .ToArray();
            if (names.Length == 0)
            {
                continue;
            }

            var marker = new Regex(
                @"(?:^|[;{}]|//)[ \t]*(?:\[[^\]\n]*\][ \t]*)?(?:(?:public|protected|internal|abstract|sealed|static|class|interface|enum|struct)[ \t]+)*"
                + $@"(?<name>{string.Join("|", names.OrderByDescending(x => x.Length))})(?<generic><[^>\n]*>)?[ \t]*(?=[:{{(/])",
                RegexOptions.Multiline);
            var matches = marker.Matches(body).ToArray();
            for (var i = 0; i < matches.Length; i++)
            {
                var key = KeyOf(ns, matches[i]);
                var end = matches.Skip(i + 1).FirstOrDefault(m => !Continues(ns, key, m))?.Index ?? body.Length;
                var text = body[matches[i].Index..end];
                declarations[key] = declarations.TryGetValue(key, out var previous) ? previous + "\n" + text : text;
                i = Array.FindLastIndex(matches, m => m.Index < end);
            }
        }

        return declarations;
    }

    /// <summary>A later mention of the same type, e.g. a constructor <c>DataCollection(…)</c> inside <c>DataCollection&lt;TKey, TValue&gt;</c>.</summary>
    private static bool Continues(string ns, string key, Match marker) =>
        KeyOf(ns, marker) == key
        || (!marker.Groups["generic"].Success && Regex.Replace(key, "`\\d+$", string.Empty) == $"{ns}.{marker.Groups["name"].Value}");

    private static string KeyOf(string ns, Match marker)
    {
        var generic = marker.Groups["generic"];
        var arity = generic.Success ? "`" + generic.Value.Split(',').Length : string.Empty;
        return $"{ns}.{marker.Groups["name"].Value}{arity}";
    }
}
