namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// One member's signature: everything a compiled call site binds to or relies on (dataverse.md §0.1:
/// declaring type, parameter and return types, static/instance/virtual shape, indexers named Item).
/// </summary>
/// <param name="Type">Return type of a method, type of a property or indexer, value of an enum member.</param>
/// <param name="Access"><c>public</c>, <c>protected</c> or <c>protected internal</c>.</param>
/// <param name="Virtuality">Empty, <c>virtual</c>, <c>abstract</c>, <c>override</c> or <c>sealed override</c>.</param>
/// <param name="Accessors">A property's accessors, e.g. <c>get</c>, <c>set</c>, <c>protected set</c>.</param>
internal sealed record MemberShape(
    MemberKind Kind,
    string Name,
    int GenericArity,
    IReadOnlyList<ParameterShape> Parameters,
    string Type,
    string Access,
    bool IsStatic,
    string Virtuality,
    IReadOnlyList<string> Accessors)
{
    /// <summary>What identifies an overload: kind, name, generic arity and the parameters' types and passing.</summary>
    public string Key => $"{Kind} {Display}";

    /// <summary>
    /// The member as a message names it: <c>Delete(string, Guid)</c>, <c>constructor(string)</c>, <c>Item[string]</c>,
    /// <c>Id</c>; a generic method shows its arity as <c>Get&lt;&gt;(…)</c>, as generic parameter names do not bind.
    /// </summary>
    public string Display => Kind switch
    {
        MemberKind.Constructor => $"constructor({ParameterList})",
        MemberKind.Method => $"{Name}{Arity}({ParameterList})",
        MemberKind.Indexer => $"Item[{ParameterList}]",
        _ => Name,
    };

    private string Arity => GenericArity == 0 ? string.Empty : "<" + new string(',', GenericArity - 1) + ">";

    private string ParameterList => string.Join(", ", Parameters.Select(p => p.Signature));
}
