using Microsoft.Extensions.DependencyInjection;
using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Operations.Doctor;
using MsiDynamics.CompanionService.Tests.Operations;

namespace MsiDynamics.CompanionService.Tests.Security;

/// <summary>
/// A worker wired as in production (<c>AddMsiWorker</c>, and <c>doctor</c>'s checks as its command adds them) against the
/// rig's emulators, with a <see cref="PrivilegeRecorder"/> as the last handler of its Dataverse HTTP pipeline, writing to
/// <see cref="Privileges"/>. Marketo calls pass no recorder: the role is Dataverse's. The rig disposes the worker.
/// </summary>
internal sealed class RecordingWorker(IServiceProvider services, PrivilegeLog privileges)
{
    public PrivilegeLog Privileges => privileges;

    public IServiceProvider Services => services;

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>A worker named <paramref name="holder"/> (its drain lease name); workers sharing <paramref name="log"/> add to one union.</summary>
    public static RecordingWorker Create(OperationsRig rig, string holder, PrivilegeLog? log = null)
    {
        var privileges = log ?? new PrivilegeLog();
        var provider = rig.Worker(holder, services =>
        {
            services.AddDoctor();
            services.AddHttpClient(DataverseServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler(() => new PrivilegeRecorder(privileges));
        });
        return new RecordingWorker(provider, privileges);
    }
}
