using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

/// <summary>What a test plug-in saw in its execution context, copied when it ran.</summary>
public sealed record SeenContext(
    string Plugin,
    string Message,
    string Entity,
    Guid PrimaryEntityId,
    int Stage,
    int Mode,
    int Depth,
    Guid UserId,
    Guid InitiatingUserId,
    Guid CorrelationId,
    Guid OrganizationId,
    bool IsInTransaction,
    DateTime OperationCreatedOn,
    IPluginExecutionContext? Parent,
    string[] TargetColumns,
    IReadOnlyDictionary<string, object?> SharedVariables,
    IReadOnlyDictionary<string, object?> OutputParameters,
    IReadOnlyDictionary<string, Entity> PreImages,
    IReadOnlyDictionary<string, Entity> PostImages)
{
    public static SeenContext From(IPluginExecutionContext context, string plugin) => new(
        plugin,
        context.MessageName,
        context.PrimaryEntityName,
        context.PrimaryEntityId,
        context.Stage,
        context.Mode,
        context.Depth,
        context.UserId,
        context.InitiatingUserId,
        context.CorrelationId,
        context.OrganizationId,
        context.IsInTransaction,
        context.OperationCreatedOn,
        context.ParentContext,
        context.InputParameters.TryGetValue("Target", out var target) && target is Entity entity ? [.. entity.Attributes.Keys] : [],
        context.SharedVariables.ToDictionary(p => p.Key, p => p.Value),
        context.OutputParameters.ToDictionary(p => p.Key, p => p.Value),
        context.PreEntityImages.ToDictionary(p => p.Key, p => p.Value),
        context.PostEntityImages.ToDictionary(p => p.Key, p => p.Value));
}
