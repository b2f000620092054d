using System.Text.RegularExpressions;

namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>Reads one member line of the surface data into a <see cref="MemberShape"/>.</summary>
internal static class MemberParser
{
    private static readonly string[] MemberModifiers = ["public", "protected", "internal", "static", "virtual", "abstract", "override", "sealed"];

    private static readonly string[] ParameterModifiers = ["ref", "out", "in", "params", "this"];

    /// <summary>An enum line <c>14..40</c>: values whose names the data does not record.</summary>
    public static (long From, long To)? Range(string line)
    {
        var match = Regex.Match(line, @"^(?<from>-?\d+)\.\.(?<to>-?\d+)$");
        return match.Success ? (long.Parse(match.Groups["from"].Value), long.Parse(match.Groups["to"].Value)) : null;
    }

    public static MemberShape Parse(string line, string typeName, bool inEnum, int number)
    {
        if (inEnum)
        {
            var value = Regex.Match(line, @"^(?<name>\w+)\s*=\s*(?<value>-?\d+)$");
            return value.Success
                ? new MemberShape(MemberKind.EnumValue, value.Groups["name"].Value, 0, [], value.Groups["value"].Value, "public", true, string.Empty, [])
                : throw new InvalidDataException($"Line {number}: not an enum value: '{line}'.");
        }

        var words = new List<string>();
        var rest = line.TrimEnd(';');
        for (var word = FirstWord(rest); MemberModifiers.Contains(word); word = FirstWord(rest))
        {
            words.Add(word);
            rest = rest[word.Length..].TrimStart();
        }

        var access = words.Contains("protected") ? words.Contains("internal") ? "protected internal" : "protected" : "public";
        var virtuality = words.Contains("override") ? words.Contains("sealed") ? "sealed override" : "override"
            : words.Contains("abstract") ? "abstract" : words.Contains("virtual") ? "virtual" : string.Empty;
        var isStatic = words.Contains("static");

        var ctor = Regex.Match(rest, $@"^{typeName}\s*\((?<p>.*)\)$");
        if (ctor.Success)
        {
            return new MemberShape(MemberKind.Constructor, ".ctor", 0, Parameters(ctor.Groups["p"].Value), "void", access, isStatic, virtuality, []);
        }

        var type = ReadType(rest);
        rest = rest[type.Length..].Trim();
        type = TypeNames.Normalize(type);
        var indexer = Regex.Match(rest, @"^this\s*\[(?<p>.*)\]\s*\{(?<acc>[^}]*)\}$");
        var method = Regex.Match(rest, @"^(?<name>\w+)\s*(?:<(?<gen>[^>]*)>)?\s*\((?<p>.*)\)(?:\s*where\s.*)?$");
        var property = Regex.Match(rest, @"^(?<name>\w+)\s*\{(?<acc>[^}]*)\}$");
        return (indexer.Success, method.Success, property.Success) switch
        {
            (true, _, _) => new MemberShape(MemberKind.Indexer, "Item", 0, Parameters(indexer.Groups["p"].Value), type, access, isStatic, virtuality, Accessors(indexer)),
            (_, true, _) => new MemberShape(
                MemberKind.Method,
                method.Groups["name"].Value,
                method.Groups["gen"].Success ? TypeNames.SplitTopLevel(method.Groups["gen"].Value).Count : 0,
                Parameters(method.Groups["p"].Value),
                type,
                access,
                isStatic,
                virtuality,
                []),
            (_, _, true) => new MemberShape(MemberKind.Property, property.Groups["name"].Value, 0, [], type, access, isStatic, virtuality, Accessors(property)),
            _ => throw new InvalidDataException($"Line {number}: not a constructor, method, property or indexer of {typeName}: '{line}'."),
        };
    }

    private static ParameterShape[] Parameters(string list) => TypeNames.SplitTopLevel(list).Select(Parameter).ToArray();

    private static ParameterShape Parameter(string text)
    {
        var equals = text.IndexOf('=');
        var defaultValue = equals < 0 ? null : text[(equals + 1)..].Trim();
        var rest = (equals < 0 ? text : text[..equals]).Trim();
        var modifier = FirstWord(rest);
        modifier = ParameterModifiers.Contains(modifier) ? modifier : string.Empty;
        rest = rest[modifier.Length..].TrimStart();
        var type = ReadType(rest);
        var name = rest[type.Length..].Trim();
        return new ParameterShape(TypeNames.Normalize(type), modifier, defaultValue, name.Length > 0 ? name : null);
    }

    /// <summary>The type at the start of the text: up to the first space outside brackets.</summary>
    private static string ReadType(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] is '<' or '[' ? 1 : text[i] is '>' or ']' ? -1 : 0;
            if (depth == 0 && char.IsWhiteSpace(text[i]))
            {
                return text[..i];
            }
        }

        return text;
    }

    private static string[] Accessors(Match match) =>
        match.Groups["acc"].Value.Split(';').Select(a => Regex.Replace(a.Trim(), @"\s+", " ")).Where(a => a.Length > 0).ToArray();

    private static string FirstWord(string text) => Regex.Match(text, @"^\w+").Value;
}
