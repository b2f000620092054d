using System.Text.RegularExpressions;

namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// Writes a type the way the surface data does: C# short names, no namespaces, no spaces
/// (<c>Guid?</c>, <c>KeyValuePair&lt;TKey,TValue&gt;[]</c>). Namespaces are left out because the data names
/// types as C# source would with the SDK's namespaces imported; the namespace of every SDK type the subset
/// declares is checked separately, against the type list.
/// </summary>
internal static class TypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short", [typeof(ushort)] = "ushort",
        [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong",
        [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(char)] = "char",
    };

    public static string Of(Type type)
    {
        if (type.IsByRef || type.IsPointer)
        {
            return Of(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Of(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Of(underlying) + "?";
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        var name = SimpleName(type);
        return type.IsGenericType ? $"{name}<{string.Join(",", type.GetGenericArguments().Select(Of))}>" : name;
    }

    /// <summary>A type's name without arity: <c>DataCollection</c> for <c>DataCollection`2</c>.</summary>
    public static string SimpleName(Type type) => Regex.Replace(type.Name, "`\\d+$", string.Empty);

    /// <summary>The data's spelling with its spaces removed, so <c>IDictionary&lt;TKey, TValue&gt;</c> compares equal.</summary>
    public static string Normalize(string text) => Regex.Replace(text, @"\s+", string.Empty);

    /// <summary>Splits at commas outside angle brackets, square brackets and parentheses.</summary>
    public static IReadOnlyList<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] is '<' or '[' or '(' ? 1 : text[i] is '>' or ']' or ')' ? -1 : 0;
            if (text[i] == ',' && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        var last = text[start..].Trim();
        if (last.Length > 0 || parts.Count > 0)
        {
            parts.Add(last);
        }

        return parts;
    }

    /// <summary>Replaces generic parameter names by arguments as whole words: <c>TKey</c> → <c>string</c>.</summary>
    public static string Substitute(string text, IReadOnlyDictionary<string, string> arguments) =>
        arguments.Count == 0 ? text : Regex.Replace(text, @"\b\w+\b", m => arguments.TryGetValue(m.Value, out var arg) ? arg : m.Value);
}
