using Microsoft.Xrm.Sdk;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>
/// The legacy SetState / SetStateDynamicEntity (EntityMoniker, State, Status): runs its own pipeline and,
/// inside it, the Update of statecode/statuscode that the platform performs today (dataverse.md §2.3).
/// </summary>
internal sealed class SetStateOperation : IMessageOperation
{
    public (string EntityName, Guid Id) Identify(ParameterCollection input) =>
        RowIdentity.OfReference(input, Parameters.EntityMoniker, Messages.SetState);

    public void Execute(OperationScope scope)
    {
        var moniker = scope.Required<EntityReference>(Parameters.EntityMoniker);
        var state = scope.Required<OptionSetValue>(Parameters.State);
        var status = scope.Required<OptionSetValue>(Parameters.Status);
        RowIdentity.RequireExisting(scope, moniker.LogicalName, moniker.Id);

        var update = new Entity(moniker.LogicalName, moniker.Id);
        update.Attributes[Columns.StateCode] = new OptionSetValue(state.Value);

        // Status -1 asks for the state's default status; for the two-state tables that is state + 1.
        update.Attributes[Columns.StatusCode] = new OptionSetValue(status.Value == -1 ? state.Value + 1 : status.Value);
        scope.Child(Messages.Update, (Parameters.Target, update));
    }
}
