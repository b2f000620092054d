namespace MsiDynamics.Schema;

/// <summary>
/// One plug-in step the solution registers, as the worker's <c>doctor</c> expects to find it in the organisation's
/// <c>sdkmessageprocessingstep</c> table: its fixed id, its message, its table, its stage and mode, and its filtering
/// attributes (architecture.md §5). The list is <see cref="PluginSteps.All"/>; a test proves it equals the plug-ins'
/// <c>CrmPluginRegistration</c> attributes, so the worker knows the steps without loading the plug-in assembly.
/// </summary>
#if PUBLIC_SCHEMA
public
#else
internal
#endif
sealed class PluginStep
{
    /// <summary>PostOperation: after the main operation, inside the transaction (dataverse.md §2.1).</summary>
    public const int PostOperation = 40;

    /// <summary>Synchronous: <c>sdkmessageprocessingstep.mode</c> 0 (dataverse.md §2.1).</summary>
    public const int Synchronous = 0;

    /// <summary>A PostOperation synchronous step.</summary>
    public PluginStep(string id, string message, string table, string filteringAttributes = "")
    {
        Id = new Guid(id);
        Message = message;
        Table = table;
        FilteringAttributes = filteringAttributes;
    }

    /// <summary>The step's fixed id: the attribute's <c>Id</c>, the row's <c>sdkmessageprocessingstepid</c>.</summary>
    public Guid Id { get; }

    /// <summary>The SDK message, e.g. <c>Update</c>.</summary>
    public string Message { get; }

    /// <summary>The primary table's logical name.</summary>
    public string Table { get; }

    /// <summary>Always <see cref="PostOperation"/> today.</summary>
    public int Stage => PostOperation;

    /// <summary>Always <see cref="Synchronous"/> today: the queue row commits with the change (architecture.md §3).</summary>
    public int Mode => Synchronous;

    /// <summary>The Update steps' filtering attributes (<see cref="SyncedColumns"/>); empty for the other messages.</summary>
    public string FilteringAttributes { get; }

    /// <summary>The name the step is registered with: "MsiDynamics: Update of lead".</summary>
    public string Name => "MsiDynamics: " + Message + " of " + Table;

    /// <inheritdoc/>
    public override string ToString() => Name + " (" + Id.ToString("D") + ")";
}
