namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Update: InputParameters["Target"] holds only the changed columns and the id.</summary>
public sealed class UpdateRequest : OrganizationRequest
{
    public UpdateRequest()
    {
        RequestName = "Update";
        Target = null!;
    }

    public Entity Target
    {
        get => Parameters.TryGetValue("Target", out var value) ? (Entity)value! : default!;
        set => Parameters["Target"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => Parameters.TryGetValue("ConcurrencyBehavior", out var value) ? (ConcurrencyBehavior)value! : default;
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
