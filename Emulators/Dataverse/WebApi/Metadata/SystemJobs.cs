namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// Names of the system-job tables a BulkDelete writes (dataverse.md §0.13, §6): the <c>asyncoperation</c> whose id is the
/// answer's JobId (operationtype 13 Bulk Delete; its query set, recurrence and next run) and the
/// <c>bulkdeleteoperation</c> of the same name (whether it recurs, its next run, its success and failure counts).
/// State and status values are the AsyncOperation table reference's.
/// </summary>
internal static class SystemJobs
{
    public const string AsyncOperation = "asyncoperation";
    public const string AsyncOperations = "asyncoperations";
    public const string BulkDeleteOperation = "bulkdeleteoperation";
    public const string BulkDeleteOperations = "bulkdeleteoperations";
    public const string Name = "name";
    public const string AsyncOperationId = "asyncoperationid";
    public const string OperationType = "operationtype";
    public const string Data = "data";
    public const string RecurrencePattern = "recurrencepattern";
    public const string RecurrenceStartTime = "recurrencestarttime";
    public const string PostponeUntil = "postponeuntil";
    public const string Owner = "ownerid";
    public const string CompletedOn = "completedon";
    public const string IsRecurring = "isrecurring";
    public const string NextRun = "nextrun";
    public const string SuccessCount = "successcount";
    public const string FailureCount = "failurecount";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const int BulkDeleteType = 13;
    public const int Suspended = 1;
    public const int Completed = 3;
    public const int Waiting = 10;
    public const int Succeeded = 30;
    public const int Failed = 31;
}
