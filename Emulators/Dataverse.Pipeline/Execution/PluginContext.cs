using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

/// <summary>
/// The <see cref="IPluginExecutionContext"/> one step receives: the request's shared <see cref="PipelineRun"/>
/// plus this step's stage, mode and images. Stage 30 is the main operation, the parent of the requests the
/// platform issues itself. A child request sees its parent through <see cref="ForChild"/>: a copy whose
/// SharedVariables are the parent's values, so what the child writes there stays in the child (dataverse.md §0.3).
/// </summary>
internal sealed class PluginContext(
    PipelineRun run,
    OrganizationRuntime org,
    int stage,
    RegisteredStep? step,
    bool inTransaction,
    ParameterCollection? sharedVariables = null) : IPluginExecutionContext
{
    public int Stage { get; } = stage;

    public int Mode { get; } = step?.Mode ?? 0;

    public int IsolationMode { get; } = step?.IsolationMode ?? 2;

    public int Depth => run.Depth;

    public string MessageName => run.MessageName;

    public string PrimaryEntityName => run.PrimaryEntityName;

    public Guid? RequestId => run.RequestId;

    public string? SecondaryEntityName => "none";

    public ParameterCollection InputParameters => run.InputParameters;

    public ParameterCollection OutputParameters => run.OutputParameters;

    public ParameterCollection SharedVariables { get; } = sharedVariables ?? run.SharedVariables;

    public Guid UserId => run.UserId;

    public Guid InitiatingUserId => run.InitiatingUserId;

    public Guid BusinessUnitId => org.BusinessUnitId;

    public Guid OrganizationId => org.OrganizationId;

    public string OrganizationName => org.OrganizationName;

    public Guid PrimaryEntityId => run.PrimaryEntityId;

    public EntityImageCollection PreEntityImages { get; } = new();

    public EntityImageCollection PostEntityImages { get; } = new();

    public EntityReference? OwningExtension { get; } =
        step is null ? null : new EntityReference("sdkmessageprocessingstep", step.Id) { Name = step.Name };

    public Guid CorrelationId => run.CorrelationId;

    public bool IsExecutingOffline => false;

    public bool IsOfflinePlayback => false;

    /// <summary>False in a top-level PreValidation and in asynchronous steps (dataverse.md §2.1).</summary>
    public bool IsInTransaction { get; } = inTransaction;

    public Guid OperationId => run.OperationId;

    public DateTime OperationCreatedOn => run.OperationCreatedOn;

    public IPluginExecutionContext? ParentContext => run.Parent;

    /// <summary>
    /// This context as a child request's ParentContext sees it: the same request, stage and images, with a copy of
    /// the SharedVariables taken now. Whether a child's writes to ParentContext.SharedVariables reach the parent's
    /// later steps is undocumented, and the sandbox serialises contexts across its boundary: assume they do not.
    /// </summary>
    public PluginContext ForChild()
    {
        var shared = new ParameterCollection();
        foreach (var (key, value) in SharedVariables)
        {
            shared[key] = value;
        }

        var copy = new PluginContext(run, org, Stage, step, IsInTransaction, shared);
        CopyImages(PreEntityImages, copy.PreEntityImages);
        CopyImages(PostEntityImages, copy.PostEntityImages);
        return copy;
    }

    private static void CopyImages(EntityImageCollection from, EntityImageCollection to)
    {
        foreach (var (name, image) in from)
        {
            to[name] = image;
        }
    }
}
