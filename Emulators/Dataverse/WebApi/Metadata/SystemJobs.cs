namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// Names of the system-job tables a BulkDelete writes (dataverse.md §0.13, §6): the <c>asyncoperation</c> whose id is the
/// answer's JobId (operationtype 13 Bulk Delete) and the <c>bulkdeleteoperation</c> holding its success and failure counts.
/// </summary>
internal static class SystemJobs
{
    public const string AsyncOperation = "asyncoperation";
    public const string AsyncOperations = "asyncoperations";
    public const string BulkDeleteOperation = "bulkdeleteoperation";
    public const string BulkDeleteOperations = "bulkdeleteoperations";
    public const string AsyncOperationId = "asyncoperationid";
    public const string OperationType = "operationtype";
    public const string CompletedOn = "completedon";
    public const string SuccessCount = "successcount";
    public const string FailureCount = "failurecount";
    public const int BulkDeleteType = 13;
    public const int Completed = 3;
    public const int Succeeded = 30;
    public const int Failed = 31;
}
