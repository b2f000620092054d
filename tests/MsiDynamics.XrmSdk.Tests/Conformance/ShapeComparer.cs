namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// Compares a subset type's shape with the real type's recorded shape and says, per member, which part differs.
/// The subset may leave out members, accessors and interfaces of the real SDK; what it declares must be the real
/// SDK's, declared on the same type, because a plug-in compiled against the subset runs against the real SDK
/// (dataverse.md §0.1 and §1.1: CLR member references bind by declaring type, name and signature).
/// </summary>
internal sealed class ShapeComparer(SurfaceData data)
{
    public IReadOnlyList<string> TypeDifferences(TypeShape expected, TypeShape actual)
    {
        if (expected.Header is not { } real || actual.Header is not { } ours)
        {
            return [];
        }

        var problems = new List<string>();
        if (ours.Kind != real.Kind)
        {
            problems.Add($"is {Article(ours.Kind)} {ours.Kind} where the real SDK's is {Article(real.Kind)} {real.Kind}");
        }
        else if (!ours.Modifiers.SequenceEqual(real.Modifiers))
        {
            problems.Add($"is '{Words(ours.Modifiers, ours.Kind)}' where the real SDK's is '{Words(real.Modifiers, real.Kind)}'");
        }

        if (ours.BaseType != real.BaseType)
        {
            problems.Add($"derives from {OrObject(ours.BaseType)} where the real SDK's derives from {OrObject(real.BaseType)}");
        }

        problems.AddRange(ours.Interfaces.Except(real.Interfaces).Select(i => $"implements {i}, which the real SDK's does not"));
        return problems.Select(p => $"{actual.FullName}: {p}").ToArray();
    }

    public IReadOnlyList<string> MemberDifferences(TypeShape expected, TypeShape actual) =>
        actual.Members.Select(m => (m, problem: Problem(expected, m)))
            .Where(x => x.problem is not null)
            .Select(x => $"{actual.FullName}.{x.m.Display}: {x.problem}")
            .ToArray();

    private string? Problem(TypeShape expected, MemberShape member)
    {
        if (member.Kind == MemberKind.EnumValue)
        {
            return EnumProblem(expected, member);
        }

        if (expected.Members.FirstOrDefault(m => m.Key == member.Key) is { } same)
        {
            return ShapeProblem(same, member);
        }

        if (data.AncestorDeclaring(expected, member) is { } ancestor)
        {
            return $"the real SDK declares it on {ancestor}, not on this type; a plug-in compiled against the real SDK references it there";
        }

        var overloads = expected.Members.Where(m => m.Kind == member.Kind && m.Name == member.Name).ToArray();
        return overloads.Length > 0 ? OverloadProblem(overloads, member)
            : member.Kind == MemberKind.Constructor ? "the real SDK records no constructor on this type"
            : $"the real SDK declares no {Word(member.Kind)} named {member.Name} on this type";
    }

    private static string OverloadProblem(MemberShape[] overloads, MemberShape member)
    {
        var alike = overloads.Where(o => o.Parameters.Count == member.Parameters.Count && o.GenericArity == member.GenericArity).ToArray();
        if (alike.Length != 1)
        {
            return $"the real SDK has no such overload; it declares {string.Join(", ", overloads.Select(o => o.Display))}";
        }

        var differing = member.Parameters.Zip(alike[0].Parameters)
            .Select((pair, index) => (ours: pair.First, real: pair.Second, position: index + 1))
            .Where(p => p.ours.Signature != p.real.Signature)
            .Select(p => $"parameter {p.position} ({p.ours.Name}) is '{p.ours.Signature}' where the real SDK's is '{p.real.Signature}'");
        return $"the real SDK has no such overload; against its {alike[0].Display}: {string.Join("; ", differing)}";
    }

    private static string? ShapeProblem(MemberShape real, MemberShape ours)
    {
        var parts = new List<string>();
        if (ours.Type != real.Type)
        {
            var verb = ours.Kind == MemberKind.Method ? "returns" : "is of type";
            parts.Add($"{verb} '{ours.Type}' where the real SDK's {verb} '{real.Type}'");
        }

        if (ours.IsStatic != real.IsStatic)
        {
            parts.Add(ours.IsStatic ? "static where the real SDK's is an instance member" : "an instance member where the real SDK's is static");
        }

        if (ours.Virtuality != real.Virtuality)
        {
            parts.Add($"{OrNotVirtual(ours.Virtuality)} where the real SDK's is {OrNotVirtual(real.Virtuality)}");
        }

        if (ours.Access != real.Access)
        {
            parts.Add($"{ours.Access} where the real SDK's is {real.Access}");
        }

        parts.AddRange(ours.Accessors.Except(real.Accessors).Select(a => $"has the accessor '{a}', which the real SDK's lacks"));
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string? EnumProblem(TypeShape expected, MemberShape value)
    {
        var number = long.Parse(value.Type);
        if (expected.Members.FirstOrDefault(m => m.Name == value.Name) is { } real)
        {
            return real.Type == value.Type ? null : $"has the value {value.Type} where the real SDK's has {real.Type}";
        }

        return expected.EnumRanges.Any(r => number >= r.From && number <= r.To) ? null : $"the real SDK has no value {value.Name} = {value.Type}";
    }

    private static string Article(string kind) => kind is "interface" or "enum" ? "an" : "a";

    private static string Words(IReadOnlyList<string> modifiers, string kind) => string.Join(" ", modifiers.Append(kind));

    private static string OrObject(string baseType) => baseType.Length == 0 ? "object" : baseType;

    private static string OrNotVirtual(string virtuality) => virtuality.Length == 0 ? "not virtual" : virtuality;

    private static string Word(MemberKind kind) => kind switch
    {
        MemberKind.EnumValue => "enum value",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
