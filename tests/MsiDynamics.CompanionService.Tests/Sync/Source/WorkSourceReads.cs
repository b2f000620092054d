using MsiDynamics.CompanionService.Dataverse;
using MsiDynamics.CompanionService.Sync.Source;
using MsiDynamics.CompanionService.Tests.Dataverse.Loopback;

namespace MsiDynamics.CompanionService.Tests.Sync.Source;

/// <summary>The Dataverse work source of a loopback worker, and a whole due read collected batch by batch.</summary>
internal static class WorkSourceReads
{
    public static DataverseWorkSource WorkSource(this LoopbackWorker worker, TimeProvider time) =>
        new(worker.Get<DataverseQueries>(), worker.Queue, time, dataverse: worker.Get<Microsoft.Extensions.Options.IOptions<CompanionService.Dataverse.DataverseOptions>>());

    public static async Task<IReadOnlyList<DueBatch>> ReadAllAsync(this IWorkSource source, CancellationToken cancellationToken = default)
    {
        var batches = new List<DueBatch>();
        await foreach (var batch in source.ReadDueAsync(cancellationToken))
        {
            batches.Add(batch);
        }

        return batches;
    }
}
