namespace MsiDynamics.XrmSdk.Tests.Conformance;

/// <summary>
/// One parameter as the CLR binds it: its type and how it is passed. The name is kept for messages only; a
/// member reference in a plug-in's IL carries no parameter names, so two parameters that differ only by name
/// bind to the same member.
/// </summary>
/// <param name="Type">C# short name, e.g. <c>string</c>, <c>Guid?</c>, <c>KeyValuePair&lt;TKey,TValue&gt;[]</c>.</param>
/// <param name="Modifier"><c>ref</c>, <c>out</c>, <c>in</c>, <c>params</c>, <c>this</c> or empty.</param>
/// <param name="Default">The default value's text for an optional parameter, otherwise null.</param>
internal sealed record ParameterShape(string Type, string Modifier, string? Default, string? Name)
{
    /// <summary>The parameter without its name: what a signature is matched on.</summary>
    public string Signature =>
        (Modifier.Length > 0 ? Modifier + " " : string.Empty) + Type + (Default is null ? string.Empty : " = " + Default);
}
