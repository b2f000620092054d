using Microsoft.Xrm.Sdk;
using MsiDynamics.Plugins.Capture;

namespace MsiDynamics.Plugins.Adapter;

/// <summary>
/// Reads an <see cref="IPluginExecutionContext"/> into the <see cref="ChangeDescription"/> the engine decides on.
/// Parameters are read by key, as the message classes are not part of the SDK subset (dataverse.md
/// §0.2, §2.3): <c>Target</c> (Entity or EntityReference), <c>EntityMoniker</c>, <c>SubordinateId</c>, the
/// <c>opportunityid</c> of a Win's or Lose's <c>OpportunityClose</c>, and the Create's output <c>id</c>.
/// </summary>
internal static class ContextReader
{
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    private const string TargetParameter = "Target";
    private const string EntityMonikerParameter = "EntityMoniker";
    private const string SubordinateIdParameter = "SubordinateId";
    private const string OpportunityCloseParameter = "OpportunityClose";
    private const string OpportunityIdColumn = "opportunityid";
    private const string CreatedIdParameter = "id";

    public static ChangeDescription Read(IPluginExecutionContext context)
    {
        object? recordId = context.PrimaryEntityId == Guid.Empty ? null : context.PrimaryEntityId;
        IReadOnlyDictionary<string, object?>? target = null;

        switch (Parameter(context.InputParameters, TargetParameter))
        {
            case Entity entity:
                target = PlainValues.Columns(entity);
                recordId = entity.Id == Guid.Empty ? recordId : entity.Id;
                break;
            case EntityReference reference:
                recordId = reference.Id;
                break;
            case null:
                break;
            case var other:
                throw new InvalidCastException("Target is a " + other.GetType().Name + ".");
        }

        if (Parameter(context.InputParameters, EntityMonikerParameter) is EntityReference moniker)
        {
            recordId = moniker.Id;
        }

        // Win and Lose name the opportunity only inside the close activity they carry (dataverse.md §2.3).
        if (Parameter(context.InputParameters, OpportunityCloseParameter) is Entity close
            && close.Attributes.TryGetValue(OpportunityIdColumn, out var closed))
        {
            recordId = closed is EntityReference opportunity ? opportunity.Id : closed;
        }

        // A Create's new id is only certain in its output (Target.Id may be unset when the platform assigned it).
        recordId = Parameter(context.OutputParameters, CreatedIdParameter) ?? recordId;

        return new ChangeDescription(
            context.MessageName,
            context.PrimaryEntityName,
            recordId,
            target,
            PlainValues.Image(context.PreEntityImages, PreImageName),
            PlainValues.Image(context.PostEntityImages, PostImageName),
            Parameter(context.InputParameters, SubordinateIdParameter),
            context.Depth);
    }

    private static object? Parameter(ParameterCollection? parameters, string key) =>
        parameters is not null && parameters.TryGetValue(key, out var value) ? value : null;
}
