using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>
/// What a main operation works with: the request's run, the organisation, and a way to issue the platform's
/// own child requests (Depth+1, ParentContext = the main operation, same user and transaction).
/// </summary>
internal sealed class OperationScope(
    PipelineRun run,
    OrganizationRuntime org,
    Func<OrganizationRequest, OrganizationResponse> executeChild)
{
    public PipelineRun Run => run;

    public OrganizationRuntime Org => org;

    public ParameterCollection Input => run.InputParameters;

    public ParameterCollection Output => run.OutputParameters;

    public OrganizationResponse Child(string messageName, params (string Key, object? Value)[] parameters)
    {
        var request = new OrganizationRequest(messageName);
        foreach (var (key, value) in parameters)
        {
            request.Parameters[key] = value;
        }

        return executeChild(request);
    }

    /// <summary>The stored row (read-only), or the platform's "Does Not Exist" fault.</summary>
    public Entity Existing(string entityName, Guid id) =>
        org.Store.Get(entityName, id) ?? throw PlatformFaultException.DoesNotExist(entityName, id);

    /// <summary>A required parameter of type <typeparamref name="T"/>, or an InvalidArgument fault naming it.</summary>
    public static T Required<T>(ParameterCollection input, string key, string messageName)
    {
        if (input.TryGetValue(key, out var value) && value is T typed)
        {
            return typed;
        }

        throw new PlatformFaultException(PlatformFault.InvalidArgument,
            $"{messageName} needs the parameter '{key}' of type {typeof(T).Name}.");
    }

    public T Required<T>(string key) => Required<T>(run.InputParameters, key, run.MessageName);
}
