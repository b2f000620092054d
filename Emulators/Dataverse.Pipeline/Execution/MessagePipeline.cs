using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline.Operations;
using MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

/// <summary>
/// Runs one request as Dataverse does (dataverse.md §2.1): PreValidation (10), then inside the
/// transaction PreOperation (20), the main operation, PostOperation (40). A request that is not already in a
/// transaction opens one after PreValidation and commits it at the end, or rolls everything back if a
/// synchronous step, the main operation or a child request throws; the exception reaches the caller as is.
/// A request that fails inside a transaction it joined dooms that transaction (dataverse.md §0.9): every later
/// request of the operation fails with "There is no active transaction", and so does its commit.
/// </summary>
internal sealed class MessagePipeline
{
    // Depth beyond 8 is treated as an infinite loop and aborted (dataverse.md §2.4).
    private const int MaxDepth = 8;

    private readonly OrganizationRuntime _org;
    private readonly StepRunner _steps;

    public MessagePipeline(OrganizationRuntime org)
    {
        _org = org;
        _steps = new StepRunner(org, this);
        Transactions = new TransactionRunner(org, _steps.DrainAsynchronous);
    }

    /// <summary>Runs several requests of this pipeline as one transaction.</summary>
    public TransactionRunner Transactions { get; }

    public Guid SystemUserId => _org.SystemUserId;

    public OrganizationResponse Execute(OrganizationRequest request, Guid userId, PluginContext? parent)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_org.Gate)
        {
            _org.ActiveCalls++;
            var joinsTransaction = _org.Store.InTransaction;
            try
            {
                return Run(request, userId, parent);
            }
            catch when (joinsTransaction)
            {
                _org.Doomed = true;
                throw;
            }
            finally
            {
                if (_org.ActiveCalls == 1)
                {
                    _steps.DrainAsynchronous();
                }

                _org.ActiveCalls--;
            }
        }
    }

    private OrganizationResponse Run(OrganizationRequest request, Guid userId, PluginContext? parent)
    {
        if (_org.Doomed)
        {
            throw TransactionFaults.NoActiveTransaction();
        }

        var messageName = OperationTable.MessageOf(request.RequestName ?? string.Empty);
        _org.OperationsExecuted++;
        var operation = OperationTable.For(messageName);
        var input = CopyParameters(request.Parameters);
        var run = new PipelineRun(messageName, input, userId, parent?.ForChild(), _org.UtcNow) { RequestId = request.RequestId ?? Guid.NewGuid() };
        if (run.Depth > MaxDepth)
        {
            throw new PlatformFaultException(PlatformFault.InfiniteLoop,
                $"This operation was cancelled because it exceeded the maximum depth of {MaxDepth} (an infinite loop): " +
                $"{messageName} at depth {run.Depth}, correlation id {run.CorrelationId:D}.");
        }

        operation.Prepare(input);
        (run.PrimaryEntityName, run.PrimaryEntityId) = operation.Identify(input);
        run.InTransaction = _org.Store.InTransaction;
        run.PreState = ReadPrimaryRow(run);
        _steps.RunStage(run, 10);

        var ownsTransaction = !_org.Store.InTransaction;
        if (ownsTransaction)
        {
            _org.BeginTransaction();
        }

        try
        {
            run.InTransaction = true;
            RunInTransaction(run, operation);
            if (ownsTransaction)
            {
                _org.Commit();
            }
        }
        catch when (ownsTransaction)
        {
            _org.Rollback();
            throw;
        }

        return ResponseFactory.For(messageName, request.RequestName ?? messageName, run.OutputParameters);
    }

    private void RunInTransaction(PipelineRun run, IMessageOperation operation)
    {
        _steps.RunStage(run, 20);
        _org.Faults.ThrowIfInjected(run.MessageName, run.PrimaryEntityName);

        // The platform validates every write as the main operation takes it, a plug-in's as much as a caller's (dataverse.md §0.14).
        if (_org.WriteValidator is { } validate && run.InputParameters.TryGetValue(PlatformSchema.Parameters.Target, out var target) && target is Entity row)
        {
            validate(row);
        }

        var mainContext = new PluginContext(run, _org, stage: 30, step: null, inTransaction: true);
        operation.Execute(new OperationScope(run, _org, child => Execute(child, run.UserId, mainContext)));
        run.PostState = ReadPrimaryRow(run);
        _steps.RunStage(run, 40);
    }

    private Entity? ReadPrimaryRow(PipelineRun run) =>
        run.PrimaryEntityId == Guid.Empty || _org.Store.Get(run.PrimaryEntityName, run.PrimaryEntityId) is not { } row
            ? null
            : _org.Copier.CopyOut(row);

    // The platform receives a serialised request: plug-ins that change Target never change the caller's object.
    private static ParameterCollection CopyParameters(ParameterCollection parameters)
    {
        var copy = new ParameterCollection();
        foreach (var (key, value) in parameters)
        {
            copy[key] = RowCopier.CopyValue(value);
        }

        return copy;
    }
}
