namespace Microsoft.Xrm.Sdk;

/// <summary>A list of entity references (Associate targets, QualifyLead's CreatedEntities).</summary>
public sealed class EntityReferenceCollection : DataCollection<EntityReference>
{
    public EntityReferenceCollection()
    {
    }

    public EntityReferenceCollection(IList<EntityReference> list)
        : base(list)
    {
    }
}
