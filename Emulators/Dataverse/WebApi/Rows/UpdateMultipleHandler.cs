using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Rows;

/// <summary>
/// <c>POST set/Microsoft.Dynamics.CRM.UpdateMultiple</c> with <c>{"Targets":[{"@odata.type":"Microsoft.Dynamics.CRM.x",
/// "&lt;key&gt;":"…", …}]}</c>: every target must name its type and key; all targets are updated in one transaction,
/// each through the Update pipeline (the steps registered on Update run per target, as on the platform), and one
/// failure rolls all of them back and is the answer. 204 on success. One request for the service protection
/// budget, however many targets (dataverse.md §0.13, §6; architecture.md §3 write-back).
/// </summary>
internal static class UpdateMultipleHandler
{
    public const string Message = "UpdateMultiple";

    public static ApiResponse UpdateMultiple(ApiCall call, TableMetadata table)
    {
        var targets = BulkTargets.Read(call, table, Message);
        for (var index = 0; index < targets.Count; index++)
        {
            if (targets[index].Row.Id == Guid.Empty)
            {
                throw ApiException.BadRequest(
                    $"Targets[{index}] of UpdateMultiple has no '{table.PrimaryKey}': the row to update must be named by its key.");
            }
        }

        call.Context.Organization.RunInTransaction(() =>
        {
            foreach (var (_, row) in targets)
            {
                call.Service.Update(row);
            }

            return true;
        });

        return ApiResponse.NoContent();
    }
}
