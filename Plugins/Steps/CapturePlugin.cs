using Microsoft.Xrm.Sdk;
using MsiDynamics.Plugins.Adapter;

namespace MsiDynamics.Plugins.Steps;

/// <summary>
/// The base of the capture plug-ins: every CRM change that matters to Marketo lands in the sync queue, in the
/// same transaction as the change, and nothing the plug-in decides can fail the user's save (architecture.md §3, §5);
/// a failed platform call does, as it has already doomed the transaction (dataverse.md §0.9).
/// Each table has a sealed subclass that carries its step registrations (spkl
/// <see cref="CrmPluginRegistrationAttribute"/>); the decision itself is one engine for all tables
/// (<c>Capture/</c>). Stateless: the platform caches plug-in instances and shares them across threads.
/// </summary>
public abstract class CapturePlugin : IPlugin
{
    /// <summary>The step's fixed execution order (rank) within PostOperation.</summary>
    internal const int ExecutionOrder = 1;

    /// <summary>Columns of the connection images: the pair, the roles, and what finds the master half.</summary>
    internal const string ConnectionImageColumns =
        "record1id,record2id,record1roleid,record2roleid,ismaster,relatedconnectionid";

    /// <summary>Lead and contact identities a Delete keeps for the worker: the Marketo lead id, else the e-mail.</summary>
    internal const string PersonDeleteColumns = "msi_marketoleadid,emailaddress1";

    /// <summary>Runs the capture for the change in <paramref name="serviceProvider"/>'s execution context.</summary>
    public void Execute(IServiceProvider serviceProvider)
    {
        if (serviceProvider is null)
        {
            throw new InvalidPluginExecutionException("The platform passed no service provider.");
        }

        LocalPluginContext local;
        try
        {
            local = new LocalPluginContext(serviceProvider);
        }
        catch (InvalidOperationException)
        {
            // No execution context to read: not a platform call, and nothing to capture.
            return;
        }

        ChangeCapture.Run(local);
    }
}
