namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// A type's shape: its kind, modifiers, base type and interfaces when known (<see cref="Header"/> is null when
/// the surface data records only the type's members), and the members it declares itself.
/// </summary>
/// <param name="FullName">Reflection's full name, with <c>`arity</c> for generic types.</param>
/// <param name="GenericParameters">The names of its generic parameters, e.g. TKey, TValue.</param>
/// <param name="EnumRanges">Enum values whose names the data does not record, as inclusive ranges.</param>
internal sealed record TypeShape(
    string FullName,
    TypeHeader? Header,
    IReadOnlyList<string> GenericParameters,
    IReadOnlyList<MemberShape> Members,
    IReadOnlyList<(long From, long To)> EnumRanges);
