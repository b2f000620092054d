using MsiDynamics.Plugins.Capture;

namespace MsiDynamics.Plugins.Adapter;

/// <summary>
/// One execution of a capture step: read the change, read the settings, decide, and write at most one queue row
/// through SYSTEM. Our own logic never fails the user's save (architecture.md §3 step 2): an exception while
/// reading the context or deciding is traced and swallowed, as no platform call failed. A failed platform call
/// is never swallowed, because it has already doomed the transaction (dataverse.md §0.9): a failed settings read
/// stops the step with a clear message (<see cref="SettingsSource"/>), and a failed Create of the queue row
/// propagates, so the save rolls back with it and "the change and its queue row commit or roll back together"
/// stays true.
/// </summary>
internal static class ChangeCapture
{
    public static void Run(LocalPluginContext local)
    {
        var context = local.Context;
        ChangeDescription change;
        try
        {
            change = ContextReader.Read(context);
        }
        catch (Exception exception)
        {
            NotCaptured(local, exception);
            return;
        }

        var settings = SettingsSource.For(local);
        QueueItem? item;
        try
        {
            item = CaptureEngine.Decide(change, settings);
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
            NotCaptured(local, exception);
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

    /// <summary>Type and message, clipped: the platform truncates the trace log.</summary>
    internal static string Describe(Exception exception)
    {
        var text = exception.GetType().Name + ": " + exception.Message;
        return text.Length <= 300 ? text : text.Substring(0, 300);
    }

    private static void NotCaptured(LocalPluginContext local, Exception exception) =>
        local.Trace(local.Context.PrimaryEntityName + " " + local.Context.MessageName + " not captured: " + Describe(exception));
}
