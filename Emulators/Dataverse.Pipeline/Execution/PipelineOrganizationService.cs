using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

/// <summary>
/// An organisation service acting as one user. Every call becomes an <see cref="OrganizationRequest"/> that
/// runs through the pipeline; <paramref name="parent"/> is the plug-in context that issued it (null for a caller).
/// </summary>
internal sealed class PipelineOrganizationService(MessagePipeline pipeline, Guid userId, PluginContext? parent)
    : IOrganizationService
{
    public Guid Create(Entity entity) =>
        (Guid)Execute(Messages.Create, (Parameters.Target, entity))[Parameters.Id]!;

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        (Entity)Execute(Messages.Retrieve, (Parameters.Target, new EntityReference(entityName, id)), (Parameters.ColumnSet, columnSet))[Parameters.Entity]!;

    public void Update(Entity entity) => Execute(Messages.Update, (Parameters.Target, entity));

    public void Delete(string entityName, Guid id) =>
        Execute(Messages.Delete, (Parameters.Target, new EntityReference(entityName, id)));

    public OrganizationResponse Execute(OrganizationRequest request) => pipeline.Execute(request, userId, parent);

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedException($"Associate ({relationship?.SchemaName}) is not emulated by the pipeline harness.");

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedException($"Disassociate ({relationship?.SchemaName}) is not emulated by the pipeline harness.");

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        (EntityCollection)Execute(Messages.RetrieveMultiple, (Parameters.Query, query))[Parameters.EntityCollection]!;

    private OrganizationResponse Execute(string message, params (string Key, object Value)[] parameters)
    {
        var request = new OrganizationRequest(message);
        foreach (var (key, value) in parameters)
        {
            request.Parameters[key] = value;
        }

        return Execute(request);
    }
}
