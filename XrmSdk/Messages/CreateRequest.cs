namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Create: InputParameters["Target"] is the new row.</summary>
public sealed class CreateRequest : OrganizationRequest
{
    public CreateRequest()
    {
        RequestName = "Create";
        Target = null!;
    }

    public Entity Target
    {
        get => Parameters.TryGetValue("Target", out var value) ? (Entity)value! : default!;
        set => Parameters["Target"] = value;
    }
}
