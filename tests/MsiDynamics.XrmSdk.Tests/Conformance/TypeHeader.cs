namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>What a type declaration states before its body.</summary>
/// <param name="Kind"><c>class</c>, <c>interface</c>, <c>enum</c> or <c>struct</c>.</param>
/// <param name="Modifiers">Sorted subset of <c>abstract</c>, <c>sealed</c>, <c>static</c>.</param>
/// <param name="BaseType">The base class's C# short name, or an enum's underlying type; empty for object, int enums, structs and interfaces.</param>
/// <param name="Interfaces">
/// Interfaces the type itself introduces. The data lists them as written; the reflection reader leaves out
/// those the base type brings and those another listed interface implies, so a subset's list is always
/// contained in a correct data list.
/// </param>
internal sealed record TypeHeader(string Kind, IReadOnlyList<string> Modifiers, string BaseType, IReadOnlyList<string> Interfaces);
