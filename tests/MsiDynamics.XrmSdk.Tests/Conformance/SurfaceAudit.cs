using System.Reflection;
using System.Text.RegularExpressions;

namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// Checks each member a type DECLARES (public or protected) against that type's declaration text in §1.3.
/// Mapping: constructors by their parameter names (the parameterless one is always allowed); indexers as
/// <c>this[</c>; properties, methods, events and fields by name as a whole word (a property may also match a
/// constructor parameter of the same name, as in <c>OrderExpression(string attributeName, …)</c>);
/// <c>ExtensionData</c> where the text names <c>IExtensibleDataObject</c>; enum values by name or by a
/// numeric range the text states (<c>/* 14..40 date operators */</c>). A static member needs <c>static</c>, a
/// new virtual member needs <c>virtual</c> or <c>abstract</c> in its statement.
/// </summary>
internal static class SurfaceAudit
{
    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    public static IReadOnlyList<string> Violations(Type type, string declaration)
    {
        var violations = new List<string>();
        var accessors = type.GetProperties(Declared).SelectMany(p => p.GetAccessors(nonPublic: true))
            .Concat(type.GetEvents(Declared).SelectMany(e => new[] { e.AddMethod, e.RemoveMethod, e.RaiseMethod }).OfType<MethodInfo>())
            .ToHashSet();
        foreach (var member in type.GetMembers(Declared).Where(m => IsVisible(m) && !(m is MethodInfo method && accessors.Contains(method))))
        {
            var problem = Check(type, member, declaration);
            if (problem is not null)
            {
                violations.Add($"{type.FullName}.{member.Name}: {problem}");
            }
        }

        return violations;
    }

    private static string? Check(Type type, MemberInfo member, string text) => member switch
    {
        ConstructorInfo ctor => ctor.GetParameters().FirstOrDefault(p => !HasWord(text, p.Name!) && !HasWord(text, SimpleName(p.ParameterType))) is { } missing
            ? $"constructor parameter '{missing.Name}' is not in the spec"
            : null,
        PropertyInfo { Name: "ExtensionData" } when HasWord(text, "IExtensibleDataObject") => null,
        PropertyInfo property when property.GetIndexParameters().Length > 0 =>
            property.Name != "Item" ? "indexer not named Item" : !text.Contains("this[", StringComparison.Ordinal) ? "indexer not in the spec" : ShapeOf(property.GetMethod ?? property.SetMethod!, text, @"this\["),
        PropertyInfo property => !HasWord(text, property.Name) && !HasParameterWord(text, property.Name)
            ? "not in the spec"
            : ShapeOf(property.GetMethod ?? property.SetMethod!, text, Regex.Escape(property.Name)),
        MethodInfo method => !HasWord(text, method.Name) ? "not in the spec" : ShapeOf(method, text, Regex.Escape(method.Name)),
        FieldInfo field when type.IsEnum => HasWord(text, field.Name) || InStatedRange(text, Convert.ToInt64(field.GetRawConstantValue()))
            ? null
            : "enum value not in the spec",
        _ => HasWord(text, member.Name) ? null : $"{member.MemberType} not in the spec",
    };

    private static string? ShapeOf(MethodInfo method, string text, string namePattern)
    {
        if (method.IsStatic && !HasWord(text, "static"))
        {
            return "static, but the spec declares no static member";
        }

        var newVirtual = method.IsVirtual && !method.IsFinal && !method.DeclaringType!.IsInterface
            && method.GetBaseDefinition() == method;
        if (newVirtual && !Regex.IsMatch(text, $@"\b(virtual|abstract)\b[^;{{}}]*?{namePattern}"))
        {
            return "virtual, but not in the spec";
        }

        return null;
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => (field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly) && !field.IsSpecialName,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo ev => ev.AddMethod is { } add && (add.IsPublic || add.IsFamily || add.IsFamilyOrAssembly),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem,
        _ => false,
    };

    private static string SimpleName(Type type) => Regex.Replace(type.Name, "`\\d+$|&$", string.Empty);

    private static bool HasWord(string text, string word) => Regex.IsMatch(text, $@"\b{Regex.Escape(word)}\b");

    /// <summary>A camelCase word in the text that names this PascalCase property (a constructor parameter).</summary>
    private static bool HasParameterWord(string text, string propertyName) =>
        Regex.IsMatch(text, $@"\b{Regex.Escape(char.ToLowerInvariant(propertyName[0]) + propertyName[1..])}\b");

    private static bool InStatedRange(string text, long value) =>
        Regex.Matches(text, @"\b(?<from>\d+)\.\.(?<to>\d+)\b")
            .Any(m => value >= long.Parse(m.Groups["from"].Value) && value <= long.Parse(m.Groups["to"].Value));
}
