using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A relationship by schema name, with the role of the primary table for self-referential ones.</summary>
public sealed class Relationship : IExtensibleDataObject
{
    public Relationship()
    {
    }

    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    public string SchemaName { get; set; } = null!;

    public EntityRole? PrimaryEntityRole { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
