using MsiDynamics.Plugins.Capture;

namespace MsiDynamics.Plugins.Adapter;

/// <summary>
/// One execution of a capture step: read the change, decide, and write at most one queue row through SYSTEM.
/// Our own logic never fails the user's save (architecture.md §3 step 2): an exception while reading the context,
/// reading settings or deciding is traced and swallowed. The platform's Create of the queue row is not
/// ours: if it fails, the transaction is lost anyway, so its exception propagates and the save rolls back
/// with it, which keeps "the change and its queue row commit or roll back together" true.
/// </summary>
internal static class ChangeCapture
{
    public static void Run(LocalPluginContext local)
    {
        var context = local.Context;
        QueueItem? item;
        try
        {
            var change = ContextReader.Read(context);
            item = CaptureEngine.Decide(change, Settings(local));
            if (item is null)
            {
                local.Trace(context.PrimaryEntityName + " " + context.MessageName + ": nothing to queue");
                return;
            }

            if (CaptureGuard.AlreadyCaptured(context, item.CapturedKey))
            {
                local.Trace(item.Name + " already queued in this operation (depth " + change.Depth + ")");
                return;
            }
        }
        catch (Exception exception)
        {
            local.Trace(context.PrimaryEntityName + " " + context.MessageName + " not captured: " + Describe(exception));
            return;
        }

        try
        {
            local.SystemService.Create(QueueRow.For(item, context.CorrelationId));
        }
        catch (Exception exception)
        {
            local.Trace(item.Name + " queue write failed: " + Describe(exception));
            throw;
        }

        CaptureGuard.MarkCaptured(context, item.CapturedKey);
        local.Trace(item.Name + " queued");
    }

    /// <summary>
    /// The organisation's settings, cached (<see cref="SettingsCache"/>). If they cannot be read, every table
    /// counts as enabled for this change and nothing is cached: a change queued needlessly is superseded by
    /// the worker, a change dropped is lost.
    /// </summary>
    private static SyncSettings Settings(LocalPluginContext local)
    {
        var organizationId = local.Context.OrganizationId;
        var now = local.OperationTime;
        var settings = SettingsCache.Get(organizationId, now);
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
            local.Trace("settings not read, all tables count as enabled: " + Describe(exception));
            return SyncSettings.AllEnabled;
        }

        SettingsCache.Store(organizationId, now, settings);
        return settings;
    }

    /// <summary>Type and message, clipped: the platform truncates the trace log.</summary>
    private static string Describe(Exception exception)
    {
        var text = exception.GetType().Name + ": " + exception.Message;
        return text.Length <= 300 ? text : text.Substring(0, 300);
    }
}
