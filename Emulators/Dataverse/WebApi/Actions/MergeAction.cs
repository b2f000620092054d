using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Rows;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Actions;

/// <summary>
/// <c>POST Merge</c> with <c>{"Target":{…},"Subordinate":{…},"UpdateContent":{…},"PerformParentingChecks":false}</c>:
/// the organisation's Merge message (the master updated with UpdateContent, the subordinate deactivated; the
/// registered Merge and Update steps run). 204. Target and Subordinate must be of the same table (account,
/// contact or lead, as on the platform).
/// </summary>
internal static class MergeAction
{
    private static readonly HashSet<string> Mergeable = new(StringComparer.Ordinal) { "account", "contact", "lead" };

    public static ApiResponse Merge(ApiCall call)
    {
        var body = CreateHandler.Body(call);
        var target = EntityParameter.Reference(body, "Target", call.Sets);
        var subordinate = EntityParameter.Reference(body, "Subordinate", call.Sets);
        if (!Mergeable.Contains(target.Table.LogicalName) || subordinate.Table != target.Table)
        {
            throw ApiException.BadRequest(
                $"Merge combines two accounts, contacts or leads; it cannot merge a {subordinate.Table.LogicalName} into a {target.Table.LogicalName}.");
        }

        var request = new OrganizationRequest("Merge");
        request.Parameters["Target"] = target.ToReference();
        request.Parameters["SubordinateId"] = subordinate.Id;
        request.Parameters["UpdateContent"] = EntityParameter.Content(body, "UpdateContent", target.Table, call.Reader);
        request.Parameters["PerformParentingChecks"] = body["PerformParentingChecks"]?.GetValue<bool>() ?? false;
        call.Service.Execute(request);
        return ApiResponse.NoContent();
    }
}
