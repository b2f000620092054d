using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using static MsiDynamics.Emulators.Dataverse.Pipeline.Storage.PlatformSchema;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

/// <summary>
/// The response to a request: its Results are the pipeline's OutputParameters, wrapped in the typed response
/// class where the SDK has one, so <c>(CreateResponse)service.Execute(createRequest)</c> works as in Dataverse.
/// </summary>
internal static class ResponseFactory
{
    /// <param name="requestName">The request's name, which the response carries (WinOpportunity for the Win message).</param>
    public static OrganizationResponse For(string messageName, string requestName, ParameterCollection outputs)
    {
        OrganizationResponse response = messageName switch
        {
            Messages.Create => new CreateResponse(),
            Messages.Update => new UpdateResponse(),
            Messages.Delete => new DeleteResponse(),
            Messages.Retrieve => new RetrieveResponse(),
            Messages.RetrieveMultiple => new RetrieveMultipleResponse(),
            _ => new OrganizationResponse(),
        };
        response.ResponseName = requestName;
        foreach (var (key, value) in outputs)
        {
            response.Results[key] = value;
        }

        return response;
    }
}
