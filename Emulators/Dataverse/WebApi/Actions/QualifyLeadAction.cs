using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Http;
using MsiDynamics.Emulators.Dataverse.WebApi.Rows;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Actions;

/// <summary>
/// <c>POST leads(&lt;id&gt;)/Microsoft.Dynamics.CRM.QualifyLead</c> with <c>{"CreateAccount":true,"CreateContact":true,
/// "CreateOpportunity":false,"Status":3}</c> (and optionally <c>OpportunityCustomerId</c>): the organisation's
/// QualifyLead, whose child Creates and state Update run the registered steps (architecture.md §5). 200 with the
/// created rows as <c>{"value":[{"@odata.type":"#Microsoft.Dynamics.CRM.account","accountid":"…"}]}</c>.
/// </summary>
internal static class QualifyLeadAction
{
    public static ApiResponse Qualify(ApiCall call, Guid leadId)
    {
        var body = CreateHandler.Body(call);
        var request = new OrganizationRequest("QualifyLead");
        request.Parameters["LeadId"] = new EntityReference("lead", leadId);
        foreach (var flag in new[] { "CreateAccount", "CreateContact", "CreateOpportunity" })
        {
            request.Parameters[flag] = EntityParameter.Flag(body, flag);
        }

        request.Parameters["Status"] = new OptionSetValue(body["Status"]?.GetValue<int>()
            ?? throw ApiException.BadRequest("QualifyLead needs the parameter 'Status' (the lead's statuscode once qualified, e.g. 3)."));
        if (body.ContainsKey("OpportunityCustomerId"))
        {
            request.Parameters["OpportunityCustomerId"] = EntityParameter.Reference(body, "OpportunityCustomerId", call.Sets).ToReference();
        }

        var created = call.Service.Execute(request).Results["CreatedEntities"] as EntityReferenceCollection ?? new EntityReferenceCollection();
        var value = new JsonArray();
        foreach (var reference in created)
        {
            var table = call.Sets.ByLogicalName(reference.LogicalName)!;
            value.Add(new JsonObject
            {
                ["@odata.type"] = "#" + table.TypeName,
                [table.PrimaryKey] = reference.Id.ToString("D"),
            });
        }

        var response = new JsonObject
        {
            ["@odata.context"] = call.ContextUrl("Collection(Microsoft.Dynamics.CRM.crmbaseentity)"),
            ["value"] = value,
        };
        return ApiResponse.Json(200, response);
    }
}
