namespace MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

/// <summary>
/// Runs the steps of one stage in rank order, each with its own context and images. Synchronous steps run
/// now, inside the request; asynchronous ones are queued for after the commit (dataverse.md §2.1). A synchronous
/// step that returns normally after one of its calls failed is failed there, as the platform does (dataverse.md §0.9).
/// </summary>
internal sealed class StepRunner(OrganizationRuntime org, MessagePipeline pipeline)
{
    private readonly PipelineTracingService _tracing = new(org);

    public void RunStage(PipelineRun run, int stage)
    {
        var steps = org.Steps.For(run.MessageName, run.PrimaryEntityName, stage, run.FilterColumns);
        foreach (var step in steps)
        {
            // A step whose sdkmessageprocessingstep row is Disabled or deleted is not registered any more.
            if (!Steps.StepRows.Runs(org.Store, step))
            {
                continue;
            }

            var context = new PluginContext(run, org, stage, step, inTransaction: run.InTransaction && !step.IsAsynchronous);
            ImageBuilder.Fill(context, step, run);
            if (step.IsAsynchronous)
            {
                org.Async.Enqueue(step, context);
                continue;
            }

            Invoke(step, context);

            // The step caught a failed call and went on: the platform fails it there (dataverse.md §0.9).
            if (org.Doomed)
            {
                throw TransactionFaults.TransactionCountReduced(step);
            }
        }
    }

    /// <summary>Runs the asynchronous steps released by committed transactions; a failure is traced, not thrown.</summary>
    public void DrainAsynchronous()
    {
        while (org.Async.TryDequeue(out var item))
        {
            try
            {
                Invoke(item.Step, item.Context);
            }
            catch (Exception exception)
            {
                // An async step runs as a system job: its failure is the job's, never the caller's.
                org.Traces.Add($"Asynchronous step '{item.Step.Name}' ({item.Step.PluginType.Name}) failed: {exception.Message}");
            }
        }
    }

    private void Invoke(RegisteredStep step, PluginContext context)
    {
        var plugin = org.Plugins.For(step);
        plugin.Execute(new PluginServiceProvider(context, _tracing, new PipelineServiceFactory(pipeline, context)));
    }
}
