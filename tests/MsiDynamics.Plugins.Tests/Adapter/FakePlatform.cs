using System.Diagnostics;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace MsiDynamics.Plugins.Tests.Adapter;

/// <summary>
/// The services the platform hands a plug-in, faked: a tracing service that keeps its lines and an
/// organisation service that records every call and answers the settings query.
/// </summary>
internal sealed class FakePlatform : IServiceProvider, IOrganizationServiceFactory, ITracingService, IOrganizationService
{
    public FakePlatform(FakeExecutionContext context) => Context = context;

    public FakeExecutionContext Context { get; }

    public List<string> Traces { get; } = new();

    public List<Entity> Created { get; } = new();

    public List<Guid?> ServiceUsers { get; } = new();

    public List<Entity> SettingRows { get; } = new();

    public int SettingReads { get; private set; }

    public Exception? CreateFault { get; set; }

    /// <summary>Thrown by the settings query, as a platform whose read fails.</summary>
    public Exception? SettingsFault { get; set; }

    /// <summary>Every organisation-service call, in order ("Create msi_syncqueueitem"), failed ones included.</summary>
    public List<string> Calls { get; } = new();

    /// <summary>False for a platform that hands out no tracing service.</summary>
    public bool OffersTracing { get; set; } = true;

    /// <summary>False for a platform that hands out no organisation service factory.</summary>
    public bool OffersServices { get; set; } = true;

    /// <summary>The Stopwatch timestamp at which the step first asked for its services, and when it wrote its row.</summary>
    public (long ServicesAsked, long RowWritten) Timestamps { get; private set; }

    public object? GetService(Type serviceType)
    {
        if (Timestamps.ServicesAsked == 0)
        {
            Timestamps = (Stopwatch.GetTimestamp(), 0);
        }

        return Service(serviceType);
    }

    private object? Service(Type serviceType) =>
        serviceType == typeof(IPluginExecutionContext) ? Context
        : serviceType == typeof(ITracingService) && OffersTracing ? this
        : serviceType == typeof(IOrganizationServiceFactory) && OffersServices ? this
        : null;

    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        ServiceUsers.Add(userId);
        return this;
    }

    public void Trace(string format, params object?[] args) => Traces.Add(string.Format(format, args));

    public Guid Create(Entity entity)
    {
        Calls.Add("Create " + entity.LogicalName);
        if (CreateFault is not null)
        {
            throw CreateFault;
        }

        Created.Add(entity);
        Timestamps = (Timestamps.ServicesAsked, Stopwatch.GetTimestamp());
        return Guid.NewGuid();
    }

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        Calls.Add("RetrieveMultiple " + ((QueryExpression)query).EntityName);
        SettingReads++;
        if (SettingsFault is not null)
        {
            throw SettingsFault;
        }

        return new EntityCollection(SettingRows.ToList());
    }

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw new NotSupportedException();

    public void Update(Entity entity) => throw new NotSupportedException();

    public void Delete(string entityName, Guid id) => throw new NotSupportedException();

    public OrganizationResponse Execute(OrganizationRequest request) => throw new NotSupportedException();

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedException();

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedException();
}
