namespace MsiDynamics.Emulators.Dataverse.WebApi.Faults;

/// <summary>
/// The Dataverse error codes the emulator answers with, as the Web API writes them in <c>error.code</c>.
/// Sources: dataverse.md §6 and Microsoft's web-api-client-errors and batch articles; a code marked
/// UNCERTAIN is the emulator's best guess and no client may depend on it beyond "an error".
/// </summary>
internal static class ErrorCodes
{
    /// <summary>OData-level validation (unknown property, bad literal, malformed request): "0x0".</summary>
    public const string ODataValidation = "0x0";

    /// <summary>Resource not found for the segment (unknown entity set, action or function).</summary>
    public const string ResourceNotFound = "0x8006088a";

    /// <summary>Error identified in the payload (a navigation property that is not one, a bind to a wrong set).</summary>
    public const string PayloadError = "0x80048d19";

    /// <summary>A row that does not exist: "… With Id = … Does Not Exist".</summary>
    public const string ObjectDoesNotExist = "0x80040217";

    /// <summary>412 ConcurrencyVersionMismatch: the If-Match ETag is not the row's version.</summary>
    public const string ConcurrencyVersionMismatch = "0x80060882";

    /// <summary>412 DuplicateRecord: a create with an existing key, or If-None-Match: * on an existing row.</summary>
    public const string DuplicateRecord = "0x80040237";

    /// <summary>Invalid argument (a request the platform refuses for its parameters).</summary>
    public const string InvalidArgument = "0x80040203";

    /// <summary>SdkEntityDoesNotSupportMessage: the table does not take the message (a bulk message on a table without it).</summary>
    public const string EntityDoesNotSupportMessage = "0x80040800";

    /// <summary>A validation error, such as text longer than the column's maximum length.</summary>
    public const string ValidationError = "0x80044331";

    /// <summary>A plug-in's InvalidPluginExecutionException (ISV aborted) unless it gave its own code.</summary>
    public const string PluginAborted = "0x80040265";

    /// <summary>A request or commit of an operation a failed child request has doomed (-2147220911; dataverse.md §0.9).</summary>
    public const string NoActiveTransaction = "0x80040251";

    /// <summary>A plug-in step returned normally after one of its calls failed (-2146893812; dataverse.md §0.9).</summary>
    public const string TransactionCountReduced = "0x8009000c";

    /// <summary>The platform's infinite-loop guard (depth over 8). UNCERTAIN.</summary>
    public const string InfiniteLoop = "0x80044182";

    /// <summary>An unexpected error (used for 500 and injected 503 answers).</summary>
    public const string Unexpected = "0x80040216";

    /// <summary>Service protection: too many requests in the window (dataverse.md §6).</summary>
    public const string RequestLimit = "0x80072322";

    /// <summary>Service protection: combined execution time over the limit (dataverse.md §6, §0.12).</summary>
    public const string ExecutionTimeLimit = "0x80072321";

    /// <summary>Service protection: too many concurrent requests (dataverse.md §6).</summary>
    public const string ConcurrencyLimit = "0x80072326";

    /// <summary>403: the token's user is not a user of the environment ("The user is not a member of the organization.").</summary>
    public const string NotAMember = "0x80072560";

    /// <summary>No bearer token, or not a bearer token. UNCERTAIN (Dataverse's 401 usually has no body).</summary>
    public const string Unauthorized = "0x80048306";
}
