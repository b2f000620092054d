namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// Response-level error codes and the messages Marketo writes for them (marketo.md §5.2). Codes are
/// strings on the wire ("A quoted integer from 601 to 799", §2).
/// </summary>
internal static class MarketoErrors
{
    public const string TokenEmpty = "600";
    public const string TokenInvalid = "601";
    public const string TokenExpired = "602";
    public const string AccessDenied = "603";
    public const string MethodNotSupported = "605";
    public const string RateLimit = "606";
    public const string DailyQuota = "607";
    public const string InvalidJson = "609";
    public const string NotFound = "610";
    public const string InvalidContentType = "612";
    public const string ConcurrencyLimit = "615";
    public const string Blank = "701";
    public const string InvalidDate = "704";
    public const string SalesPersonNotFound = "718";
    public const string InvalidData = "1003";
    public const string FieldNotFound = "1006";
    public const string FieldNotSupported = "1011";

    // §5.2: these neither count against the daily quota nor the rate limit.
    private static readonly HashSet<string> NotCounted = ["601", "602", "604", "605", "608", "611"];

    private static readonly Dictionary<string, string> Messages = new()
    {
        ["500"] = "Internal server error",
        ["502"] = "Bad Gateway",
        ["600"] = "Empty access token",
        ["601"] = "Access token invalid",
        ["602"] = "Access token expired",
        ["603"] = "Access denied",
        ["604"] = "Request time-out",
        ["605"] = "HTTP method not supported",
        ["607"] = "Daily quota reached",
        ["608"] = "API Temporarily Unavailable",
        ["609"] = "Invalid JSON",
        ["610"] = "Requested resource not found",
        ["611"] = "System error",
        ["612"] = "Invalid Content Type",
        ["613"] = "Invalid Multipart Request",
        ["614"] = "Invalid Subscription",
        ["615"] = "Concurrent access limit reached",
        ["616"] = "Invalid subscription type",
        ["702"] = "No data found for search",
        ["703"] = "Feature not enabled",
        ["704"] = "Invalid date format",
        ["709"] = "Business rule violation",
        ["713"] = "Transient Error",
        ["718"] = "ExternalSalesPersonID not found",
    };

    /// <summary>Whether a call answered with this code is left out of the rate window and quota (§5.2 *).</summary>
    public static bool IsNotCounted(string? code) => code is not null && NotCounted.Contains(code);

    /// <summary>Marketo's message for a code, or a generic one for a code the table lacks.</summary>
    public static string MessageFor(string code) => Messages.GetValueOrDefault(code, "Error " + code);

    /// <summary>The 606 message with the configured limits: "Max rate limit '100' exceeded with in '20' secs" (§5.2).</summary>
    public static string RateLimitMessage(int calls, TimeSpan window) =>
        $"Max rate limit '{calls}' exceeded with in '{(int)window.TotalSeconds}' secs";

    /// <summary>The 701 message: "%s cannot be blank" (§5.2).</summary>
    public static string BlankMessage(string parameter) => $"{parameter} cannot be blank";
}
