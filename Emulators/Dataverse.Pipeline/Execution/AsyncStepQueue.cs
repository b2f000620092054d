namespace MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

/// <summary>
/// Asynchronous steps wait here: queued inside the transaction, released when it commits, dropped when it
/// rolls back, and run after the caller's request returns from the pipeline (dataverse.md §2.1: an
/// async step runs as a system job outside the transaction).
/// </summary>
internal sealed class AsyncStepQueue
{
    private readonly List<(RegisteredStep Step, PluginContext Context)> _pending = [];
    private readonly Queue<(RegisteredStep Step, PluginContext Context)> _ready = new();

    public void Enqueue(RegisteredStep step, PluginContext context) => _pending.Add((step, context));

    public void Commit()
    {
        foreach (var item in _pending)
        {
            _ready.Enqueue(item);
        }

        _pending.Clear();
    }

    public void Rollback() => _pending.Clear();

    public bool TryDequeue(out (RegisteredStep Step, PluginContext Context) item) => _ready.TryDequeue(out item);
}
