using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A reference to a row: logical name and id (or alternate keys). Equal when both match (ordinal).</summary>
public sealed class EntityReference : IExtensibleDataObject
{
    public EntityReference()
    {
    }

    public EntityReference(string logicalName)
    {
        LogicalName = logicalName;
    }

    public EntityReference(string logicalName, Guid id)
        : this(logicalName)
    {
        Id = id;
    }

    public EntityReference(string logicalName, string keyName, object keyValue)
        : this(logicalName)
    {
        KeyAttributes[keyName] = keyValue;
    }

    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
        : this(logicalName)
    {
        KeyAttributes = keyAttributeCollection;
    }

    public Guid Id { get; set; }

    /// <summary>The table's logical name; null only on a reference made with the parameterless constructor.</summary>
    public string LogicalName { get; set; } = null!;

    public string? Name { get; set; }

    public KeyAttributeCollection KeyAttributes { get; set; } = new();

    public string? RowVersion { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    public override bool Equals(object? obj) =>
        obj is EntityReference other && Id == other.Id && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal);

    public override int GetHashCode() =>
        unchecked((Id.GetHashCode() * 397) ^ (LogicalName is null ? 0 : StringComparer.Ordinal.GetHashCode(LogicalName)));
}
