namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Delete: InputParameters["Target"] is a reference to the row.</summary>
public sealed class DeleteRequest : OrganizationRequest
{
    public DeleteRequest()
    {
        RequestName = "Delete";
        Target = null!;
    }

    public EntityReference Target
    {
        get => Parameters.TryGetValue("Target", out var value) ? (EntityReference)value! : default!;
        set => Parameters["Target"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => Parameters.TryGetValue("ConcurrencyBehavior", out var value) ? (ConcurrencyBehavior)value! : default;
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
