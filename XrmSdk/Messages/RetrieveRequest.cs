using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Retrieve one row by reference. RelatedEntitiesQuery is left out: RelationshipQueryCollection is not in the subset.</summary>
public sealed class RetrieveRequest : OrganizationRequest
{
    public RetrieveRequest()
    {
        RequestName = "Retrieve";
        Target = null!;
        ColumnSet = null!;
    }

    public EntityReference Target
    {
        get => Parameters.TryGetValue("Target", out var value) ? (EntityReference)value! : default!;
        set => Parameters["Target"] = value;
    }

    public ColumnSet ColumnSet
    {
        get => Parameters.TryGetValue("ColumnSet", out var value) ? (ColumnSet)value! : default!;
        set => Parameters["ColumnSet"] = value;
    }

    public bool ReturnNotifications
    {
        get => Parameters.TryGetValue("ReturnNotifications", out var value) ? (bool)value! : default;
        set => Parameters["ReturnNotifications"] = value;
    }
}
