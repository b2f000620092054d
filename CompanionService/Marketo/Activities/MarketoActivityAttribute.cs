using System.Text.Json;

namespace MsiDynamics.CompanionService.Marketo.Activities;

/// <summary>
/// A secondary attribute of an activity, <c>{"name":"Client IP Address","value":"10.0.19.252"}</c>, or an
/// activity type's attribute definition, <c>{"name":"Webform ID","dataType":"integer"}</c>. Values may be
/// strings or numbers, so they stay JSON.
/// </summary>
public sealed class MarketoActivityAttribute
{
    /// <summary>The attribute's display name.</summary>
    public string? Name { get; init; }

    /// <summary>The value on an activity (absent on a type definition).</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The data type on a type definition (absent on an activity).</summary>
    public string? DataType { get; init; }

    public override string ToString() => $"{Name}={Value}";
}
