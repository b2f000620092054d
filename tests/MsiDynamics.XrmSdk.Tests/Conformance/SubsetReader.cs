using System.Reflection;
using System.Runtime.CompilerServices;

namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// Reads a compiled type into the same <see cref="TypeShape"/> the surface data is parsed into: the members it
/// declares itself that a plug-in can reach (public, protected, protected internal), and its header.
/// </summary>
internal static class SubsetReader
{
    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    public static TypeShape Read(Type type) => new(
        type.FullName ?? type.Name,
        HeaderOf(type),
        type.IsGenericTypeDefinition ? type.GetGenericArguments().Select(a => a.Name).ToArray() : [],
        MembersOf(type).ToArray(),
        []);

    private static TypeHeader HeaderOf(Type type)
    {
        var kind = type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct" : "class";
        var modifiers = kind != "class" ? []
            : type is { IsAbstract: true, IsSealed: true } ? ["static"]
            : new[] { type.IsAbstract ? "abstract" : null, type.IsSealed ? "sealed" : null }.OfType<string>().ToArray();
        var baseType = kind == "class" && type.BaseType != typeof(object) ? TypeNames.Of(type.BaseType!)
            : type.IsEnum && Enum.GetUnderlyingType(type) != typeof(int) ? TypeNames.Of(Enum.GetUnderlyingType(type))
            : string.Empty;

        // Interfaces the base class brings are checked with the base class; those another interface implies
        // (IEnumerable under IEnumerable<T>) follow from that interface.
        var introduced = type.GetInterfaces().Except(type.BaseType?.GetInterfaces() ?? []).ToArray();
        var implied = introduced.SelectMany(i => i.GetInterfaces()).ToHashSet();
        var interfaces = introduced.Where(i => !implied.Contains(i)).Select(TypeNames.Of).Order(StringComparer.Ordinal).ToArray();
        return new TypeHeader(kind, modifiers, baseType, interfaces);
    }

    private static IEnumerable<MemberShape> MembersOf(Type type)
    {
        var accessors = type.GetProperties(Declared).SelectMany(p => p.GetAccessors(nonPublic: true))
            .Concat(type.GetEvents(Declared).SelectMany(e => new[] { e.AddMethod, e.RemoveMethod, e.RaiseMethod }).OfType<MethodInfo>())
            .ToHashSet();
        foreach (var member in type.GetMembers(Declared))
        {
            var shape = member switch
            {
                ConstructorInfo ctor when Reachable(ctor) && !ctor.IsStatic =>
                    new MemberShape(MemberKind.Constructor, ".ctor", 0, Parameters(ctor), "void", Access(ctor), false, string.Empty, []),
                MethodInfo method when Reachable(method) && !accessors.Contains(method) => new MemberShape(
                    MemberKind.Method,
                    method.Name,
                    method.IsGenericMethodDefinition ? method.GetGenericArguments().Length : 0,
                    Parameters(method),
                    TypeNames.Of(method.ReturnType),
                    Access(method),
                    method.IsStatic,
                    Virtuality(method),
                    []),
                PropertyInfo property => Property(property),
                FieldInfo { IsLiteral: true } field when type.IsEnum =>
                    new MemberShape(MemberKind.EnumValue, field.Name, 0, [], Convert.ToInt64(field.GetRawConstantValue()).ToString(), "public", true, string.Empty, []),
                FieldInfo { IsSpecialName: false } field when Reachable(field) => new MemberShape(
                    MemberKind.Field, field.Name, 0, [], TypeNames.Of(field.FieldType), Access(field), field.IsStatic, field.IsInitOnly ? "readonly" : string.Empty, []),
                EventInfo { AddMethod: { } add } ev when Reachable(add) => new MemberShape(
                    MemberKind.Event, ev.Name, 0, [], TypeNames.Of(ev.EventHandlerType!), Access(add), add.IsStatic, Virtuality(add), []),
                _ => null,
            };
            if (shape is not null)
            {
                yield return shape;
            }
        }
    }

    private static MemberShape? Property(PropertyInfo property)
    {
        var reachable = property.GetAccessors(nonPublic: true).Where(Reachable).OrderBy(a => a == property.SetMethod).ToArray();
        if (reachable.Length == 0)
        {
            return null;
        }

        var first = reachable[0];
        var access = reachable.Any(a => a.IsPublic) ? "public" : Access(first);
        var accessorNames = reachable.Select(a => (Access(a) == access ? string.Empty : Access(a) + " ") + (a == property.GetMethod ? "get" : "set"));
        var indexed = property.GetIndexParameters();
        return new MemberShape(
            indexed.Length > 0 ? MemberKind.Indexer : MemberKind.Property,
            property.Name,
            0,
            indexed.Select(p => Parameter(p, isExtensionTarget: false)).ToArray(),
            TypeNames.Of(property.PropertyType),
            access,
            first.IsStatic,
            Virtuality(first),
            accessorNames.ToArray());
    }

    private static ParameterShape[] Parameters(MethodBase method)
    {
        var extension = method.IsDefined(typeof(ExtensionAttribute), inherit: false);
        return method.GetParameters().Select(p => Parameter(p, extension && p.Position == 0)).ToArray();
    }

    private static ParameterShape Parameter(ParameterInfo parameter, bool isExtensionTarget)
    {
        var modifier = parameter.ParameterType.IsByRef ? parameter.IsOut ? "out" : parameter.IsIn ? "in" : "ref"
            : parameter.IsDefined(typeof(ParamArrayAttribute), inherit: false) ? "params"
            : isExtensionTarget ? "this" : string.Empty;
        var defaultValue = !parameter.IsOptional ? null
            : parameter.HasDefaultValue ? parameter.DefaultValue switch
            {
                null => "null",
                string text => $"\"{text}\"",
                bool flag => flag ? "true" : "false",
                var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
            }
            : "default";
        return new ParameterShape(TypeNames.Of(parameter.ParameterType), modifier, defaultValue, parameter.Name);
    }

    /// <summary>How the C# source would write it; interface members are written without modifiers.</summary>
    private static string Virtuality(MethodInfo method)
    {
        if (method.DeclaringType!.IsInterface || !method.IsVirtual)
        {
            return string.Empty;
        }

        if (method.IsAbstract)
        {
            return "abstract";
        }

        // The compiler marks a plain method that implements an interface member "virtual final": not virtual in C#.
        var overrides = method.GetBaseDefinition().DeclaringType != method.DeclaringType;
        return overrides ? method.IsFinal ? "sealed override" : "override" : method.IsFinal ? string.Empty : "virtual";
    }

    private static bool Reachable(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static bool Reachable(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? "public" : method.IsFamilyOrAssembly ? "protected internal" : "protected";

    private static string Access(FieldInfo field) => field.IsPublic ? "public" : field.IsFamilyOrAssembly ? "protected internal" : "protected";
}
