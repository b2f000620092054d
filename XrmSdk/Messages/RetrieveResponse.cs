namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of Retrieve, from Results["Entity"].</summary>
public sealed class RetrieveResponse : OrganizationResponse
{
    public RetrieveResponse()
    {
    }

    public Entity Entity => Results.TryGetValue("Entity", out var value) ? (Entity)value! : default!;
}
