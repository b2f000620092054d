namespace Microsoft.Xrm.Sdk;

/// <summary>Pre- or post-images by their registered alias.</summary>
public class EntityImageCollection : DataCollection<string, Entity>
{
    public EntityImageCollection()
    {
    }
}
