namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The (empty) result of Update.</summary>
public sealed class UpdateResponse : OrganizationResponse
{
    public UpdateResponse()
    {
    }
}
