using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Benchmarks.Plugins;

/// <summary>The execution context of a PostOperation Update of a lead's e-mail, as the platform would pass it.</summary>
internal sealed class BenchmarkExecutionContext : IPluginExecutionContext
{
    public static readonly Guid LeadId = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    public BenchmarkExecutionContext()
    {
        InputParameters["Target"] = new Entity("lead", LeadId) { ["emailaddress1"] = "new@fabrikam.example" };
        PreEntityImages["PreImage"] = new Entity("lead", LeadId)
        {
            ["firstname"] = "Bo", ["lastname"] = "Buyer", ["emailaddress1"] = "old@fabrikam.example",
            ["ownerid"] = new EntityReference("systemuser", Guid.NewGuid()), ["statecode"] = new OptionSetValue(0),
        };
    }

    public int Mode => 0;
    public int IsolationMode => 2;
    public int Depth => 1;
    public string MessageName => "Update";
    public string PrimaryEntityName => "lead";
    public Guid? RequestId => null;
    public string? SecondaryEntityName => "none";
    public ParameterCollection InputParameters { get; } = new();
    public ParameterCollection OutputParameters { get; } = new();
    public ParameterCollection SharedVariables { get; } = new();
    public Guid UserId { get; } = Guid.NewGuid();
    public Guid InitiatingUserId => UserId;
    public Guid BusinessUnitId { get; } = Guid.NewGuid();
    public Guid OrganizationId { get; } = Guid.NewGuid();
    public string OrganizationName => "bench";
    public Guid PrimaryEntityId => LeadId;
    public EntityImageCollection PreEntityImages { get; } = new();
    public EntityImageCollection PostEntityImages { get; } = new();
    public EntityReference? OwningExtension => null;
    public Guid CorrelationId { get; } = Guid.NewGuid();
    public bool IsExecutingOffline => false;
    public bool IsOfflinePlayback => false;
    public bool IsInTransaction => true;
    public Guid OperationId { get; } = Guid.NewGuid();

    /// <summary>Fixed, so the settings read in the warm-up stays fresh for every measured call.</summary>
    public DateTime OperationCreatedOn { get; } = new(2030, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    public int Stage => 40;
    public IPluginExecutionContext? ParentContext => null;
}
