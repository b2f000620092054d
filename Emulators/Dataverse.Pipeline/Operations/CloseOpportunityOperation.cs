using Microsoft.Xrm.Sdk;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>
/// Win and Lose of an opportunity (WinOpportunityRequest / LoseOpportunityRequest: OpportunityClose, Status;
/// dataverse.md §0.11, §2.3). The close activity is created in a child Create, then the opportunity is set to Won
/// (statecode 1) or Lost (statecode 2) with the given Status. That state change raises no Update: Win and Lose are
/// not among the legacy update messages the platform now performs as Update, so only the Win or Lose steps see it.
/// The request names the opportunity inside OpportunityClose only, so PrimaryEntityId stays empty.
/// </summary>
internal sealed class CloseOpportunityOperation(int state) : IMessageOperation
{
    public const string Win = "Win";
    public const string Lose = "Lose";
    public const string WinRequest = "WinOpportunity";
    public const string LoseRequest = "LoseOpportunity";
    public const string OpportunityCloseParameter = "OpportunityClose";
    public const string OpportunityCloseTable = "opportunityclose";
    public const string OpportunityIdColumn = "opportunityid";

    public (string EntityName, Guid Id) Identify(ParameterCollection input) => (Tables.Opportunity, Guid.Empty);

    public void Execute(OperationScope scope)
    {
        var close = scope.Required<Entity>(OpportunityCloseParameter);
        var status = scope.Required<OptionSetValue>(Parameters.Status);
        var reference = close.GetAttributeValue<EntityReference>(OpportunityIdColumn) ?? throw new PlatformFaultException(
            PlatformFault.InvalidArgument, $"{scope.Run.MessageName} needs the {OpportunityIdColumn} of the {OpportunityCloseParameter}.");
        var opportunity = RowIdentity.RequireExisting(scope, Tables.Opportunity, reference.Id);
        if (opportunity.GetAttributeValue<OptionSetValue>(Columns.StateCode)?.Value is > 0)
        {
            throw new PlatformFaultException(PlatformFault.InvalidState,
                $"The opportunity {reference.Id:D} is already closed; only an open opportunity can be won or lost.");
        }

        var activity = Storage.RowCopier.Copy(close);
        activity.LogicalName = OpportunityCloseTable;
        activity.Attributes[OpportunityIdColumn] = new EntityReference(Tables.Opportunity, reference.Id);
        activity.Attributes[Columns.StateCode] = new OptionSetValue(1);
        activity.Attributes[Columns.StatusCode] = new OptionSetValue(2);
        scope.Child(Messages.Create, (Parameters.Target, activity));

        var closed = new Entity(Tables.Opportunity, reference.Id);
        closed.Attributes[Columns.StateCode] = new OptionSetValue(state);

        // Status -1 asks for the state's default status: 3 Won, 4 Canceled (dataverse.md §3.4).
        closed.Attributes[Columns.StatusCode] = new OptionSetValue(status.Value == -1 ? state + 2 : status.Value);
        scope.Org.Store.Put(scope.Org.Defaults.ForUpdate(opportunity, closed, scope.Run.UserId, scope.Org.UtcNow));
    }
}
