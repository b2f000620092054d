namespace Microsoft.Xrm.Sdk;

/// <summary>Related rows of an entity, by relationship.</summary>
public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
{
    public RelatedEntityCollection()
    {
    }

    public override bool IsReadOnly => false;
}
