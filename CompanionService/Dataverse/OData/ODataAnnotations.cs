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

    /// <summary>The annotation term of a formatted value (a choice's label, a lookup's name).</summary>
    public const string FormattedValueTerm = "OData.Community.Display.V1.FormattedValue";

    /// <summary>The annotation term naming the table a lookup points at (a team or a user for <c>ownerid</c>).</summary>
    public const string LookupLogicalNameTerm = "Microsoft.Dynamics.CRM.lookuplogicalname";

    /// <summary>The suffix of a formatted value, <c>statuscode@OData.Community.Display.V1.FormattedValue</c>.</summary>
    public const string FormattedValue = "@" + FormattedValueTerm;

    /// <summary>The suffix naming the table a lookup points at, <c>_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname</c>.</summary>
    public const string LookupLogicalName = "@" + LookupLogicalNameTerm;

    /// <summary>The type annotation of a target of <c>UpdateMultiple</c>.</summary>
    public const string Type = "@odata.type";

    /// <summary>
    /// <c>Prefer: odata.include-annotations="t1,t2"</c>: only the annotations named (not <c>"*"</c>), as a comma-separated
    /// list inside one quoted value (dataverse.md §6).
    /// </summary>
    public static string IncludeAnnotations(IEnumerable<string> terms) => "odata.include-annotations=\"" + string.Join(",", terms) + "\"";

    /// <summary><c>Prefer</c>: run every request of a <c>$batch</c> even when one fails.</summary>
    public const string ContinueOnError = "odata.continue-on-error";

    /// <summary><c>Prefer: odata.maxpagesize=N</c>.</summary>
    public static string MaxPageSize(int rows) => "odata.maxpagesize=" + rows.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The property holding a lookup's id: <c>ownerid</c> → <c>_ownerid_value</c>.</summary>
    public static string LookupValue(string lookup) => "_" + lookup + "_value";

    /// <summary>Whether <paramref name="property"/> is a lookup's id property, <c>_ownerid_value</c>.</summary>
    public static bool IsLookupValue(string property) =>
        property.Length > 7 && property.StartsWith('_') && property.EndsWith("_value", StringComparison.Ordinal);

    /// <summary>The <c>@odata.type</c> of a table: <c>Microsoft.Dynamics.CRM.lead</c>.</summary>
    public static string TypeOf(string logicalName) => "Microsoft.Dynamics.CRM." + logicalName;
}
