namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of Create: the new row's id, from Results["id"] (lowercase, as in the real SDK).</summary>
public sealed class CreateResponse : OrganizationResponse
{
    public CreateResponse()
    {
    }

    public Guid id => Results.TryGetValue("id", out var value) ? (Guid)value! : default;
}
