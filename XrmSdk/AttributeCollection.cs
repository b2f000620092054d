namespace Microsoft.Xrm.Sdk;

/// <summary>An entity's column values; a null value is still "contained" (dataverse.md §1.4).</summary>
public sealed class AttributeCollection : DataCollection<string, object?>
{
    public AttributeCollection()
    {
    }
}
