using Microsoft.Xrm.Sdk;
using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Adapter;

/// <summary>
/// The organisation's sync settings for one execution: the cached copy while it is within its lifetime, or any
/// cached copy while a failed read is recent, otherwise one read through SYSTEM (dataverse.md §0.8, §0.9).
/// A failed read is never swallowed. Inside the step's transaction a failed request dooms the transaction even
/// when the plug-in catches it, so a plug-in that went on would only fail the user's save later with the
/// platform's "There is no active transaction" (dataverse.md §0.9). The operation whose read fails therefore ends
/// the step at once with an <see cref="InvalidPluginExecutionException"/> that says what failed and what an admin
/// can check, and makes no further call; the cache notes the failure. For the back-off after it, an operation
/// that finds a copy uses it, even a stale one, and makes no call, so an outage of the settings table fails one save
/// per back-off rather than every save; an operation that finds no copy at all reads, and fails if the read fails.
/// </summary>
internal static class SettingsSource
{
    public static SyncSettings For(LocalPluginContext local)
    {
        var cache = SettingsCache.For(local.Context.OrganizationId);
        var settings = cache.WithoutRead();
        if (settings is not null)
        {
            return settings;
        }

        try
        {
            settings = SettingsQuery.Read(local.SystemService);
        }
        catch (Exception exception)
        {
            cache.RecordFailure();
            local.Trace("settings read failed, save stopped: " + ChangeCapture.Describe(exception));
            throw new InvalidPluginExecutionException(Message(local.Context.CorrelationId, exception), exception);
        }

        cache.Store(settings);
        return settings;
    }

    /// <summary>What failed and what to check, for the user's error dialog and the admin who reads it.</summary>
    internal static string Message(Guid correlationId, Exception exception) =>
        "MsiDynamics could not read its sync settings (table " + DataverseSchema.SyncSetting.EntityName
        + "), so this change was not saved. Try again; if it keeps failing, an administrator should check that the "
        + "MsiDynamics solution and its " + DataverseSchema.SyncSetting.EntityName
        + " table are installed and readable, and the plug-in trace log for correlation id "
        + correlationId.ToString("D") + ". Cause: " + ChangeCapture.Describe(exception);
}
