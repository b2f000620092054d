using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

/// <summary>
/// One request's pass through the pipeline: what every step's context shares. Built once per request
/// (parameters, shared variables, ids, clock); each step gets its own <see cref="PluginContext"/> over it.
/// </summary>
internal sealed class PipelineRun
{
    public PipelineRun(string messageName, ParameterCollection input, Guid userId, PluginContext? parent, DateTime utcNow)
    {
        MessageName = messageName;
        InputParameters = input;
        UserId = userId;
        Parent = parent;
        Depth = parent is null ? 1 : parent.Depth + 1;
        InitiatingUserId = parent?.InitiatingUserId ?? userId;
        CorrelationId = parent?.CorrelationId ?? Guid.NewGuid();
        OperationCreatedOn = utcNow;
    }

    public string MessageName { get; }

    public string PrimaryEntityName { get; set; } = string.Empty;

    /// <summary>Empty for a Create until its main operation has stored the row.</summary>
    public Guid PrimaryEntityId { get; set; }

    public ParameterCollection InputParameters { get; }

    public ParameterCollection OutputParameters { get; } = new();

    /// <summary>Shared by every step of this request, from PreValidation to PostOperation.</summary>
    public ParameterCollection SharedVariables { get; } = new();

    public int Depth { get; }

    /// <summary>Whose service issued the request.</summary>
    public Guid UserId { get; }

    /// <summary>The caller at the top of the chain, kept down it.</summary>
    public Guid InitiatingUserId { get; }

    /// <summary>The same for the whole chain a caller's request causes.</summary>
    public Guid CorrelationId { get; }

    public Guid RequestId { get; init; } = Guid.NewGuid();

    public Guid OperationId { get; } = Guid.NewGuid();

    public DateTime OperationCreatedOn { get; }

    public PluginContext? Parent { get; }

    /// <summary>True once the request runs inside the transaction (always, after PreValidation).</summary>
    public bool InTransaction { get; set; }

    /// <summary>The primary row before the main operation (null for a Create); images are cut from it.</summary>
    public Entity? PreState { get; set; }

    /// <summary>The primary row after the main operation (null for a Delete).</summary>
    public Entity? PostState { get; set; }

    /// <summary>For an Update, the columns in Target, against which filtering attributes are matched.</summary>
    public ICollection<string>? FilterColumns =>
        MessageName == Storage.PlatformSchema.Messages.Update
        && InputParameters.TryGetValue(Storage.PlatformSchema.Parameters.Target, out var target) && target is Entity entity
            ? entity.Attributes.Keys
            : null;
}
