namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Which page of a query to return, and how large.</summary>
public sealed class PagingInfo
{
    public int PageNumber { get; set; }

    public int Count { get; set; }

    public bool ReturnTotalRecordCount { get; set; }

    public string? PagingCookie { get; set; }
}
