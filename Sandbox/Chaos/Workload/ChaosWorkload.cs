using System.Diagnostics;
using MsiDynamics.Emulators.Dataverse.Pipeline;

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// A CRM in use, for the chaos test: seeds a starting organisation (<see cref="WorkloadSeed"/>), then runs random
/// operations of every kind the plug-ins capture (<see cref="ChaosOperationKind"/>) from concurrent users, each its own
/// task with its own <see cref="Random"/>(seed + user) acting through <see cref="InMemoryOrganization.ServiceAs"/>.
/// Each operation picks a target valid for the state the workload knows (<see cref="LiveRecords"/>); one the
/// organisation refuses anyway (a record another user deleted a moment ago, an injected fault) is tallied, never thrown.
/// </summary>
/// <remarks>
/// The same seed gives every user the same sequence of drawn kinds and the same per-operation randomness; with one
/// user, the same final organisation (ids included, timestamps aside). A second run continues from where the first
/// left the organisation, with the users' random sequences going on. Every sync setting turned off is on again when a
/// run ends (<see cref="ToggledTables"/> names them).
/// </remarks>
internal sealed class ChaosWorkload
{
    private readonly InMemoryOrganization _org;
    private readonly int _seed;
    private readonly List<Random> _userRandoms = [];
    private WorkloadCrm? _crm;
    private int _seededUsers;

    public ChaosWorkload(InMemoryOrganization org, int seed)
    {
        _org = org ?? throw new ArgumentNullException(nameof(org));
        _seed = seed;
    }

    /// <summary>Logical names of the tables whose <c>msi_syncsetting</c> was turned off (and then on again).</summary>
    public IReadOnlySet<string> ToggledTables => _crm?.Settings.Toggled ?? new HashSet<string>();

    /// <summary>
    /// Seeds the organisation (on the first run), then runs <paramref name="operations"/> operations spread over
    /// <paramref name="users"/> concurrent users and, evenly, over <paramref name="spread"/> (zero: as fast as they go).
    /// Cancelling stops every user before its next operation and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<ChaosTally> RunAsync(int operations, int users, CancellationToken cancellationToken, TimeSpan spread = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(operations);
        ArgumentOutOfRangeException.ThrowIfLessThan(users, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var crm = _crm ??= Seed(users);
        if (users > _seededUsers)
        {
            throw new ArgumentOutOfRangeException(nameof(users), users, $"The organisation was seeded for {_seededUsers} users.");
        }

        while (_userRandoms.Count < users)
        {
            _userRandoms.Add(new Random(_seed + _userRandoms.Count));
        }

        var tally = new ChaosTally(users);
        var operationsRun = new WorkloadOperations(crm);
        var started = Stopwatch.StartNew();
        var runs = Enumerable.Range(0, users).Select(user => Task.Run(
            () => RunUserAsync(crm, operationsRun, tally, user, operations / users + (user < operations % users ? 1 : 0), spread, started, cancellationToken),
            cancellationToken));
        try
        {
            await Task.WhenAll(runs).ConfigureAwait(false);
        }
        finally
        {
            foreach (var failure in crm.Settings.EnableAll(crm.Admin))
            {
                tally.Note($"{ChaosOperationKind.ToggleSyncSetting}: could not turn sync back on: {failure}");
            }
        }

        return tally;
    }

    private WorkloadCrm Seed(int users)
    {
        var random = new Random(_seed);
        var crm = new WorkloadCrm(_org, new WorkloadIds(random.Next(0x1000_0000, 0x4000_0000)));
        WorkloadSeed.Create(crm, users, random);
        _seededUsers = crm.SalesUsers.Count;
        return crm;
    }

    private async Task RunUserAsync(
        WorkloadCrm crm, WorkloadOperations operationsRun, ChaosTally tally, int user, int count, TimeSpan spread,
        Stopwatch started, CancellationToken cancellationToken)
    {
        var random = _userRandoms[user];
        var service = _org.ServiceAs(crm.SalesUsers[user]);
        for (var n = 0; n < count; n++)
        {
            var due = spread * n / count - started.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var kind = ChaosOperationKinds.Draw(random);
            var operationRandom = new Random(random.Next());
            tally.Drew(user, kind);
            try
            {
                if (operationsRun.Run(kind, service, operationRandom))
                {
                    tally.Ran(kind);
                }
                else
                {
                    tally.Skip();
                }
            }
            catch (Exception refusal) when (refusal is not OperationCanceledException)
            {
                tally.Refuse(kind, refusal);
            }
        }
    }
}
