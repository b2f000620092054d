using System.Text.RegularExpressions;

namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// Reads Data/microsoft-xrm-sdk-surface.txt (its format is described at the top of that file): unindented lines
/// open a namespace or a type, indented lines are the members of the type above them.
/// </summary>
internal static class SurfaceParser
{
    private static readonly Regex Namespace = new(@"^namespace\s+(?<ns>[\w.]+)$");

    private static readonly Regex StatedType = new(
        @"^(?<mods>(?:(?:public|abstract|sealed|static)\s+)*)(?<kind>class|interface|enum|struct)\s+(?<name>\w+)(?:<(?<gen>[^>]*)>)?\s*(?::\s*(?<bases>.+))?$");

    private static readonly Regex UnstatedType = new(@"^type\s+(?<name>\w+)(?:<(?<gen>[^>]*)>)?$");

    public static IReadOnlyList<TypeShape> Parse(string text)
    {
        var types = new List<TypeShape>();
        var ns = string.Empty;
        TypeShape? current = null;
        var members = new List<MemberShape>();
        var ranges = new List<(long, long)>();
        var lines = text.Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = WithoutComment(lines[number - 1]);
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                Close();
                var nsMatch = Namespace.Match(line);
                ns = nsMatch.Success ? nsMatch.Groups["ns"].Value : ns;
                current = nsMatch.Success ? null : TypeAt(ns, line, number);
                continue;
            }

            if (current is null)
            {
                throw new InvalidDataException($"Line {number}: a member outside a type: '{line.Trim()}'.");
            }

            if (MemberParser.Range(line.Trim()) is { } range)
            {
                ranges.Add(range);
                continue;
            }

            members.Add(MemberParser.Parse(line.Trim(), SimpleName(current.FullName), current.Header?.Kind == "enum", number));
        }

        Close();
        return types;

        void Close()
        {
            if (current is not null)
            {
                types.Add(current with { Members = members.ToArray(), EnumRanges = ranges.ToArray() });
            }

            members.Clear();
            ranges.Clear();
        }
    }

    private static TypeShape TypeAt(string ns, string line, int number)
    {
        if (ns.Length == 0)
        {
            throw new InvalidDataException($"Line {number}: a type before any namespace line.");
        }

        var stated = StatedType.Match(line);
        var match = stated.Success ? stated : UnstatedType.Match(line);
        if (!match.Success)
        {
            throw new InvalidDataException($"Line {number}: neither a namespace nor a type: '{line}'.");
        }

        var generics = match.Groups["gen"].Success ? TypeNames.SplitTopLevel(match.Groups["gen"].Value) : [];
        var fullName = $"{ns}.{match.Groups["name"].Value}" + (generics.Count > 0 ? $"`{generics.Count}" : string.Empty);
        return new TypeShape(fullName, stated.Success ? HeaderOf(stated) : null, generics, [], []);
    }

    private static TypeHeader HeaderOf(Match match)
    {
        var kind = match.Groups["kind"].Value;
        var modifiers = match.Groups["mods"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(m => m != "public").Order(StringComparer.Ordinal).ToArray();
        var bases = match.Groups["bases"].Success ? TypeNames.SplitTopLevel(match.Groups["bases"].Value).Select(TypeNames.Normalize).ToList() : [];

        // The data writes C# base lists, where a class's base class comes first and interface names follow the
        // .NET convention I + capital letter; no SDK class this file lists breaks that convention. An enum's base
        // list is its underlying type (int when absent).
        var baseType = kind == "enum" || (kind == "class" && bases.Count > 0 && !Regex.IsMatch(bases[0], "^I[A-Z]")) ? bases.FirstOrDefault() ?? string.Empty : string.Empty;
        return new TypeHeader(kind, modifiers, baseType, bases.Where(b => b != baseType).ToArray());
    }

    private static string WithoutComment(string line)
    {
        var trimmed = line.TrimEnd('\r');
        if (trimmed.TrimStart().StartsWith('#'))
        {
            return string.Empty;
        }

        var comment = trimmed.IndexOf("//", StringComparison.Ordinal);
        return (comment < 0 ? trimmed : trimmed[..comment]).TrimEnd();
    }

    private static string SimpleName(string fullName) => Regex.Replace(fullName[(fullName.LastIndexOf('.') + 1)..], "`\\d+$", string.Empty);
}
