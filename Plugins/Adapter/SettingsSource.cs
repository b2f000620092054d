using Microsoft.Xrm.Sdk;
using MsiDynamics.Plugins.Capture;
using MsiDynamics.Schema;

namespace MsiDynamics.Plugins.Adapter;

/// <summary>
/// The organisation's sync settings for one execution: the cached copy while it is within its lifetime,
/// otherwise one read through SYSTEM (dataverse.md §0.8).
/// A failed read is never swallowed. Inside the step's transaction a failed request dooms the transaction even
/// when the plug-in catches it, so a plug-in that went on would only fail the user's save later with the
/// platform's "There is no active transaction" (dataverse.md §0.9). The read's failure therefore ends the
/// step at once with an <see cref="InvalidPluginExecutionException"/> that says what failed and what an admin
/// can check, and no further platform call is made. A stale copy is not used in its place: the failed read has
/// already doomed the transaction, so it could not save the change (dataverse.md §0.8).
/// </summary>
internal static class SettingsSource
{
    public static SyncSettings For(LocalPluginContext local)
    {
        var cache = SettingsCache.For(local.Context.OrganizationId);
        var settings = cache.Fresh();
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
