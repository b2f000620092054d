using MsiDynamics.Emulators.Dataverse.WebApi.Faults;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Http;

/// <summary>
/// The work of one admitted request (<see cref="ApiRouter"/>), apart from every other request's, so that the
/// pipeline's count of requests between its start and its end is its own: that count, as its
/// <see cref="Limits.OperationMeter"/> reads it, gives its entitlement operations and, times
/// <see cref="DataverseEmulatorOptions.ExecutionTimePerOperation"/>, its execution time (dataverse.md §0.12).
/// Its error answer takes the shape the request asked for (<see cref="ErrorShaping"/>).
/// </summary>
internal static class ApiWork
{
    public static (ApiResponse Answer, TimeSpan ExecutionTime) Run(DataverseContext context, ApiRequest request)
    {
        ApiResponse answer;
        long operations;
        lock (context.WorkGate)
        {
            var shaping = ErrorShaping.Begin(context, Preferences.Of(request));
            var before = context.Organization.OperationsExecuted;
            answer = shaping.Apply(ApiRouter.Answer(context, request));
            operations = request.Meter.Operations(context.Organization.OperationsExecuted - before);
        }

        var executionTime = context.Options.ExecutionTimePerOperation * operations;
        context.Traffic.CountOperations(operations, executionTime);
        return (answer, executionTime);
    }
}
