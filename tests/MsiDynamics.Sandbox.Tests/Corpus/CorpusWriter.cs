using System.Text.Json.Nodes;
using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Sandbox.Main;

namespace MsiDynamics.Sandbox.Tests.Corpus;

/// <summary>
/// The corpus's CRM user: writes rows through the Dataverse emulator's Web API (<see cref="WebApiWriter"/>), so each
/// write runs the registered plug-in steps and the queue fills as in Dynamics, under the administrator's token unless a
/// case acts as someone else.
/// </summary>
internal sealed class CorpusWriter(DataverseEmulator dataverse, WebApiWriter writer)
{
    /// <summary>The sandbox's writer, for the sandbox's own seed steps.</summary>
    public WebApiWriter Inner => writer;

    public Task CreateAsync(string entitySet, JsonObject row, CancellationToken cancellationToken) =>
        writer.CreateAsync(entitySet, row, cancellationToken);

    public Task UpdateAsync(string entitySet, Guid id, JsonObject changes, CancellationToken cancellationToken) =>
        writer.UpdateAsync(entitySet, id, changes, cancellationToken);

    public Task DeleteAsync(string entitySet, Guid id, CancellationToken cancellationToken) =>
        writer.DeleteAsync(entitySet, id, cancellationToken);

    /// <summary>Later writes are made by the systemuser <paramref name="userId"/>.</summary>
    public void ActAs(Guid userId) => writer.ActAs(dataverse.TokenFor(userId));

    /// <summary>Later writes are made by the environment's application user, which may create the first administrator.</summary>
    public void ActAsProvisioning() => writer.ActAs("corpus-provisioning");
}
