using MsiDynamics.Emulators.Dataverse.WebApi.Actions;
using MsiDynamics.Emulators.Dataverse.WebApi.Batch;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;
using MsiDynamics.Emulators.Dataverse.WebApi.Query;
using MsiDynamics.Emulators.Dataverse.WebApi.Rows;

namespace MsiDynamics.Emulators.Dataverse.WebApi;

/// <summary>
/// Answers one Web API request (from HTTP or from a <c>$batch</c> part): finds the handler for its path and
/// method, counts it by kind, and turns any exception into Dataverse's error body (<see cref="FaultTable"/>).
/// Synchronous, so a change set can run its parts inside one organisation transaction.
/// </summary>
internal static class ApiRouter
{
    public static ApiResponse Answer(DataverseContext context, ApiRequest request)
    {
        try
        {
            var path = ResourcePath.Parse(request.Path);
            BaseCurrency.Ensure(context.Organization);
            context.Traffic.CountKind(path.KindFor(request.Method, request.Header("If-Match") is not null), request.IsBatchPart);
            return Route(new ApiCall(context, request), path);
        }
        catch (Exception exception)
        {
            return FaultTable.Answer(exception);
        }
    }

    private static ApiResponse Route(ApiCall call, ResourcePath path)
    {
        var method = call.Request.Method;
        switch (path.Segment)
        {
            case "$batch" when method == "POST" && !call.Request.IsBatchPart:
                return BatchHandler.Run(call);
            case "$batch":
                throw ApiException.BadRequest("A $batch request cannot contain another $batch request.");
            case "WhoAmI" when method == "GET":
                return WhoAmIFunction.WhoAmI(call);
            case "Merge" when method == "POST":
                return MergeAction.Merge(call);
            case "$metadata" when method == "GET":
                return ApiResponse.Text(200, "application/xml", CsdlDocument.Write(call.Sets));
            case "BulkDelete" when method == "POST":
                return BulkDeleteAction.BulkDelete(call);
            case ResourcePath.EntityDefinitions when method == "GET":
                return EntityDefinitionsHandler.Answer(call, path);
            case "WhoAmI" or "Merge" or "BulkDelete" or "$metadata" or ResourcePath.EntityDefinitions:
                throw NotAllowed(method, path);
        }

        var table = call.Sets.BySet(path.Segment) ?? throw ApiException.ResourceNotFound(path.Segment);
        return (method, path.Key, path.Operation) switch
        {
            ("GET", null, null) => CollectionReader.Read(call, table),
            ("POST", null, null) => CreateHandler.Create(call, table),
            ("GET", { } key, null) => RetrieveHandler.Retrieve(call, table, key),
            ("PATCH", { } key, null) => UpsertHandler.Upsert(call, table, key),
            ("DELETE", { } key, null) => DeleteHandler.Delete(call, table, key),
            ("POST", null, ResourcePath.UpdateMultiple) => UpdateMultipleHandler.UpdateMultiple(call, table),
            ("POST", null, ResourcePath.CreateMultiple) => CreateMultipleHandler.CreateMultiple(call, table),
            ("POST", null, ResourcePath.UpsertMultiple) => UpsertMultipleHandler.UpsertMultiple(call, table),
            ("POST", { } key, ResourcePath.QualifyLead) when table.LogicalName == "lead" && Guid.TryParse(key, out var leadId) =>
                QualifyLeadAction.Qualify(call, leadId),
            ("GET", { } key, SystemTables.UserRolesHandler.NavigationProperty) when table.LogicalName == "systemuser" => SystemTables.UserRolesHandler.Read(call, table, key),
            (_, _, null) or (_, _, ResourcePath.UpdateMultiple or ResourcePath.CreateMultiple or ResourcePath.UpsertMultiple or ResourcePath.QualifyLead) =>
                throw NotAllowed(method, path),
            (_, _, { } operation) when operation.StartsWith("Microsoft.Dynamics.CRM.", StringComparison.Ordinal) =>
                throw ApiException.ResourceNotFound(operation),
            _ => throw ApiException.NotEmulated($"The property path '{path.Operation}' of '{path.Segment}'"),
        };
    }

    private static ApiException NotAllowed(string method, ResourcePath path) =>
        new(405, ErrorCodes.ODataValidation, $"The HTTP method '{method}' is not allowed on '{path.Segment}" +
            (path.Key is null ? string.Empty : $"({path.Key})") + (path.Operation is null ? string.Empty : "/" + path.Operation) + "'.");
}
