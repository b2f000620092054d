using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.Pipeline.Query;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>RetrieveMultiple of a QueryExpression: the matching rows in OutputParameters["EntityCollection"].</summary>
internal sealed class RetrieveMultipleOperation : IMessageOperation
{
    public (string EntityName, Guid Id) Identify(ParameterCollection input) =>
        (Expression(input).EntityName, Guid.Empty);

    public void Execute(OperationScope scope)
    {
        var query = Expression(scope.Input);
        scope.Output[Parameters.EntityCollection] = QueryEvaluator.Run(query, scope.Org.Store, scope.Org.Copier);
    }

    private static QueryExpression Expression(ParameterCollection input)
    {
        var query = OperationScope.Required<QueryBase>(input, Parameters.Query, Messages.RetrieveMultiple);
        return query as QueryExpression
            ?? throw new NotSupportedException(
                $"RetrieveMultiple of a {query.GetType().Name} is not emulated by the pipeline harness; use a QueryExpression.");
    }
}
