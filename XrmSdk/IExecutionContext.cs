namespace Microsoft.Xrm.Sdk;

/// <summary>The context of one pipeline execution (dataverse.md §1.3; members in the real metadata order).</summary>
public interface IExecutionContext
{
    /// <summary>0 = synchronous, 1 = asynchronous.</summary>
    int Mode { get; }

    /// <summary>1 = None, 2 = Sandbox.</summary>
    int IsolationMode { get; }

    int Depth { get; }

    string MessageName { get; }

    string PrimaryEntityName { get; }

    Guid? RequestId { get; }

    string? SecondaryEntityName { get; }

    ParameterCollection InputParameters { get; }

    ParameterCollection OutputParameters { get; }

    ParameterCollection SharedVariables { get; }

    Guid UserId { get; }

    Guid InitiatingUserId { get; }

    Guid BusinessUnitId { get; }

    Guid OrganizationId { get; }

    string OrganizationName { get; }

    Guid PrimaryEntityId { get; }

    EntityImageCollection PreEntityImages { get; }

    EntityImageCollection PostEntityImages { get; }

    EntityReference? OwningExtension { get; }

    Guid CorrelationId { get; }

    bool IsExecutingOffline { get; }

    bool IsOfflinePlayback { get; }

    bool IsInTransaction { get; }

    Guid OperationId { get; }

    DateTime OperationCreatedOn { get; }
}
