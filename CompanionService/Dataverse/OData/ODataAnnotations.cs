namespace MsiDynamics.CompanionService.Dataverse.OData;

/// <summary>
/// The OData annotation names and <c>Prefer</c> values the client reads and sends (dataverse.md §6,
/// §3.4): row version, paging link, formatted values, lookup properties.
/// </summary>
internal static class ODataAnnotations
{
    /// <summary>The row version of a row, <c>W/"470867"</c>; sent back in <c>If-Match</c>.</summary>
    public const string ETag = "@odata.etag";

    /// <summary>The absolute URL of the next page; absent on the last page.</summary>
    public const string NextLink = "@odata.nextLink";

    /// <summary>The array of rows in a collection response.</summary>
    public const string Value = "value";

    /// <summary>The suffix of a formatted value, <c>statuscode@OData.Community.Display.V1.FormattedValue</c>.</summary>
    public const string FormattedValue = "@OData.Community.Display.V1.FormattedValue";

    /// <summary>The suffix naming the table a lookup points at, <c>_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname</c>.</summary>
    public const string LookupLogicalName = "@Microsoft.Dynamics.CRM.lookuplogicalname";

    /// <summary>The type annotation of a target of <c>UpdateMultiple</c>.</summary>
    public const string Type = "@odata.type";

    /// <summary><c>Prefer</c>: formatted values only (not every annotation).</summary>
    public const string IncludeFormattedValues = "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"";

    /// <summary><c>Prefer</c>: run every request of a <c>$batch</c> even when one fails.</summary>
    public const string ContinueOnError = "odata.continue-on-error";

    /// <summary><c>Prefer: odata.maxpagesize=N</c>.</summary>
    public static string MaxPageSize(int rows) => "odata.maxpagesize=" + rows.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The property holding a lookup's id: <c>ownerid</c> → <c>_ownerid_value</c>.</summary>
    public static string LookupValue(string lookup) => "_" + lookup + "_value";

    /// <summary>The <c>@odata.type</c> of a table: <c>Microsoft.Dynamics.CRM.lead</c>.</summary>
    public static string TypeOf(string logicalName) => "Microsoft.Dynamics.CRM." + logicalName;
}
