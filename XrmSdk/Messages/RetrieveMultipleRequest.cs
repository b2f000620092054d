using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Retrieve the rows a query selects.</summary>
public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
        Query = null!;
    }

    public QueryBase Query
    {
        get => Parameters.TryGetValue("Query", out var value) ? (QueryBase)value! : default!;
        set => Parameters["Query"] = value;
    }
}
