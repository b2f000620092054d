using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace MsiDynamics.Benchmarks.Plugins;

/// <summary>
/// The platform's services, doing nothing and counting: the organisation service (so the benchmark measures
/// the plug-in, not Dataverse), its factory, the tracing service and the service provider.
/// </summary>
internal sealed class CountingOrganizationService : IOrganizationService, IOrganizationServiceFactory, ITracingService, IServiceProvider
{
    private readonly IPluginExecutionContext _context;

    public CountingOrganizationService(IPluginExecutionContext context) => _context = context;

    public int Creates { get; private set; }

    public int OtherCalls { get; private set; }

    public object? GetService(Type serviceType) =>
        serviceType == typeof(IPluginExecutionContext) ? _context
        : serviceType == typeof(ITracingService) || serviceType == typeof(IOrganizationServiceFactory) ? this
        : null;

    public IOrganizationService CreateOrganizationService(Guid? userId) => this;

    public void Trace(string format, params object?[] args)
    {
    }

    public Guid Create(Entity entity)
    {
        Creates++;
        return Guid.Empty;
    }

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        OtherCalls++;
        return new EntityCollection();
    }

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => Count(new Entity(entityName, id));

    public void Update(Entity entity) => Count(0);

    public void Delete(string entityName, Guid id) => Count(0);

    public OrganizationResponse Execute(OrganizationRequest request) => Count(new OrganizationResponse());

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Count(0);

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Count(0);

    public void Reset() => (Creates, OtherCalls) = (0, 0);

    private T Count<T>(T result)
    {
        OtherCalls++;
        return result;
    }
}
