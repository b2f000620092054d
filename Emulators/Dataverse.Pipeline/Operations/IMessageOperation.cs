using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Operations;

/// <summary>The main operation (stage 30) of one message, and how its request names its primary row.</summary>
internal interface IMessageOperation
{
    /// <summary>Rewrites the request before its pipeline starts (the owner/state split of an Update).</summary>
    void Prepare(ParameterCollection input)
    {
    }

    /// <summary>The primary table and row (PrimaryEntityName / PrimaryEntityId) read from the parameters.</summary>
    (string EntityName, Guid Id) Identify(ParameterCollection input);

    /// <summary>Writes or reads the rows, fills OutputParameters and issues the platform's child requests.</summary>
    void Execute(OperationScope scope);
}
