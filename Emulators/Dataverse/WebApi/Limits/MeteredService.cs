using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Limits;

/// <summary>
/// The organisation service a Web API handler uses, telling its <see cref="OperationMeter"/> which of the requests
/// it sends are look-ups inside an operation counted otherwise: every request of a GET (the GET itself is the one
/// operation), and the reads a write makes (the row an alternate key names, the representation it answers with).
/// </summary>
internal sealed class MeteredService(IOrganizationService inner, OperationMeter meter, bool isRead) : IOrganizationService
{
    public Guid Create(Entity entity) => Write(() => inner.Create(entity));

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
    {
        meter.CountLookup();
        return inner.Retrieve(entityName, id, columnSet);
    }

    public void Update(Entity entity) => Write(() => inner.Update(entity));

    public void Delete(string entityName, Guid id) => Write(() => inner.Delete(entityName, id));

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        if (request.RequestName is "Retrieve" or "RetrieveMultiple")
        {
            meter.CountLookup();
            return inner.Execute(request);
        }

        return Write(() => inner.Execute(request));
    }

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Write(() => inner.Associate(entityName, entityId, relationship, relatedEntities));

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Write(() => inner.Disassociate(entityName, entityId, relationship, relatedEntities));

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        meter.CountLookup();
        return inner.RetrieveMultiple(query);
    }

    private T Write<T>(Func<T> send)
    {
        if (isRead)
        {
            meter.CountLookup();
        }

        return send();
    }

    private void Write(Action send) => Write(() =>
    {
        send();
        return true;
    });
}
