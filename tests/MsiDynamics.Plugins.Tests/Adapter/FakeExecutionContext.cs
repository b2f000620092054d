using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Plugins.Tests.Adapter;

/// <summary>A hand-made execution context for adapter tests that need what the pipeline harness does not do.</summary>
internal sealed class FakeExecutionContext : IPluginExecutionContext
{
    public int Mode => 0;
    public int IsolationMode => 2;
    public int Depth { get; set; } = 1;
    public string MessageName { get; set; } = "Update";
    public string PrimaryEntityName { get; set; } = "lead";
    public Guid? RequestId => null;
    public string? SecondaryEntityName => "none";
    public ParameterCollection InputParameters { get; } = new();
    public ParameterCollection OutputParameters { get; } = new();
    public ParameterCollection SharedVariables { get; } = new();
    public Guid UserId { get; set; } = Guid.NewGuid();
    public Guid InitiatingUserId => UserId;
    public Guid BusinessUnitId => Guid.Empty;
    public Guid OrganizationId { get; set; } = Guid.NewGuid();
    public string OrganizationName => "test";
    public Guid PrimaryEntityId { get; set; }
    public EntityImageCollection PreEntityImages { get; } = new();
    public EntityImageCollection PostEntityImages { get; } = new();
    public EntityReference? OwningExtension => null;
    public Guid CorrelationId { get; set; } = Guid.NewGuid();
    public bool IsExecutingOffline => false;
    public bool IsOfflinePlayback => false;
    public bool IsInTransaction => true;
    public Guid OperationId => Guid.Empty;
    public DateTime OperationCreatedOn { get; set; } = new(2030, 1, 1, 12, 0, 0, DateTimeKind.Utc);
    public int Stage => 40;
    public IPluginExecutionContext? ParentContext { get; set; }
}
