using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.Pipeline.Storage;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>Retrieve: a copy of one row with the ColumnSet's columns (and its key), in OutputParameters["Entity"].</summary>
internal sealed class RetrieveOperation : IMessageOperation
{
    public (string EntityName, Guid Id) Identify(ParameterCollection input) =>
        RowIdentity.OfReference(input, Parameters.Target, Messages.Retrieve);

    public void Execute(OperationScope scope)
    {
        var target = scope.Required<EntityReference>(Parameters.Target);
        var columns = scope.Required<ColumnSet>(Parameters.ColumnSet);
        var row = scope.Existing(target.LogicalName, target.Id);
        scope.Output[Parameters.Entity] = scope.Org.Copier.CopyOut(row, Projection(row.LogicalName, columns));
    }

    /// <summary>The columns to copy: null for all; otherwise the requested ones plus the key, as Dataverse returns it.</summary>
    public static IEnumerable<string>? Projection(string entityName, ColumnSet columns) =>
        columns.AllColumns ? null : columns.Columns.Prepend(TableCatalog.PrimaryKeyOf(entityName));
}
