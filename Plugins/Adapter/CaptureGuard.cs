using Microsoft.Xrm.Sdk;

namespace MsiDynamics.Plugins.Adapter;

/// <summary>
/// Remembers, for one platform operation, which records were already queued: a <c>SharedVariables</c> key
/// checked on the context and up the <c>ParentContext</c> chain, and written on the own context and on the root
/// (DLaB's recursion guard, dataverse.md §0.3, §2.4). Best-effort: a pipeline that runs later inside one that
/// already queued the record (a child of our step's context chain) sees the mark and queues nothing, but a
/// child's write to its ParentContext is not assumed to reach the parent's later steps (the sandbox serialises
/// contexts across its boundary), so a parent may queue a record its child already queued. The worker's collapse
/// makes that duplicate harmless (dataverse.md §0.3, revised).
/// </summary>
internal static class CaptureGuard
{
    public static bool AlreadyCaptured(IPluginExecutionContext context, string key)
    {
        for (var current = context; current is not null; current = current.ParentContext)
        {
            if (current.SharedVariables is { } variables && variables.ContainsKey(key))
            {
                return true;
            }
        }

        return false;
    }

    public static void MarkCaptured(IPluginExecutionContext context, string key)
    {
        var root = context;
        while (root.ParentContext is not null)
        {
            root = root.ParentContext;
        }

        Set(context, key);
        if (!ReferenceEquals(root, context))
        {
            Set(root, key);
        }
    }

    private static void Set(IPluginExecutionContext context, string key)
    {
        if (context.SharedVariables is { } variables)
        {
            variables[key] = true;
        }
    }
}
