namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of RetrieveMultiple, from Results["EntityCollection"].</summary>
public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    public RetrieveMultipleResponse()
    {
    }

    public EntityCollection EntityCollection => Results.TryGetValue("EntityCollection", out var value) ? (EntityCollection)value! : default!;
}
