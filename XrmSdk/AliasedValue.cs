using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A value from a linked table or an aggregate; <see cref="Entity.GetAttributeValue{T}"/> does not unwrap it.</summary>
public sealed class AliasedValue : IExtensibleDataObject
{
    public AliasedValue()
    {
    }

    public AliasedValue(string entityLogicalName, string attributeLogicalName, object? value)
    {
        EntityLogicalName = entityLogicalName;
        AttributeLogicalName = attributeLogicalName;
        Value = value;
    }

    public string? AttributeLogicalName { get; private set; }

    public string? EntityLogicalName { get; private set; }

    public object? Value { get; private set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
