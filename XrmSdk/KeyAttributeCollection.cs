namespace Microsoft.Xrm.Sdk;

/// <summary>Alternate-key values that identify a row.</summary>
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
    public KeyAttributeCollection()
    {
    }
}
