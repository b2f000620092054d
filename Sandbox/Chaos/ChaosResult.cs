using MsiDynamics.Emulators.Dataverse;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Marketo;
using MsiDynamics.Sandbox.Chaos.Workload;
using MsiDynamics.Sandbox.Main;
using MsiDynamics.Schema;

namespace MsiDynamics.Sandbox.Chaos;

/// <summary>
/// What a chaos run did and how it ended. It passes when Marketo equals the projection of the CRM state (every object,
/// field and link: nothing lost, nothing duplicated, no dangling reference), every queue row is settled, every dead
/// letter carries its reason (and Marketo's copy of a record whose latest change is dead-lettered for its data is left out
/// of the comparison, <see cref="DeadLetterCover"/>), no change was given up for a fault, every synced person's MSI columns equal Marketo's, the kills asked for were done, and
/// every fault class of the storm happened at least once.
/// </summary>
internal sealed record ChaosResult
{
    public required ChaosOptions Options { get; init; }

    public ChaosTally? Tally { get; init; }

    public int Kills { get; init; }

    /// <summary>Whether the first quota day's quota was cut before it turned, because 607 had not happened yet.</summary>
    public bool QuotaCut { get; init; }

    public int HolderKills { get; init; }

    public int Starts { get; init; }

    public int Moments { get; init; }

    public int ScoreChanges { get; init; }

    public IReadOnlyList<string> Backfills { get; init; } = [];

    public bool Converged { get; init; }

    public TimeSpan WorkloadTime { get; init; }

    public TimeSpan StormTime { get; init; }

    public TimeSpan ConvergenceTime { get; init; }

    public long WorkerLogLines { get; init; }

    public long WorkerErrorLines { get; init; }

    public IReadOnlyList<string> WorkerErrors { get; init; } = [];

    /// <summary>Marketo objects the CRM state gives that Marketo lacks.</summary>
    public required IReadOnlyList<string> Lost { get; init; }

    /// <summary>Dynamics rows Marketo holds more than once.</summary>
    public required IReadOnlyList<string> Duplicated { get; init; }

    /// <summary>References Marketo holds to objects it lacks.</summary>
    public required IReadOnlyList<string> Dangling { get; init; }

    /// <summary>Every other difference: a field or link with another value, an object Marketo should not hold.</summary>
    public required IReadOnlyList<string> OtherDifferences { get; init; }

    public required IReadOnlyList<QueueRowEnd> Queue { get; init; }

    /// <summary>Records whose latest change is dead-lettered for its data; Marketo's copy of them is not compared.</summary>
    public required int CoveredRecords { get; init; }

    /// <summary>Latest changes dead-lettered because a fault lasted longer than their attempts: each is a loss.</summary>
    public required IReadOnlyList<string> GaveUp { get; init; }

    /// <summary>Synced persons whose MSI columns differ from Marketo's.</summary>
    public required IReadOnlyList<string> MsiDifferences { get; init; }

    public required int SyncedPersons { get; init; }

    /// <summary>Marketo's answers during the run, by code (injected and real), with dropped and abandoned calls.</summary>
    public required IReadOnlyDictionary<string, int> MarketoCodes { get; init; }

    public required long MarketoCalls { get; init; }

    public required long MarketoIdentityCalls { get; init; }

    public required long MarketoDropped { get; init; }

    public required long MarketoAbandoned { get; init; }

    public required IReadOnlyDictionary<string, long> DataverseThrottles { get; init; }

    public required long DataverseUnavailable { get; init; }

    public required long DataverseDropped { get; init; }

    public required long DataverseRequests { get; init; }

    public required long DataverseOperations { get; init; }

    public required long DataverseHttpRequests { get; init; }

    public int Unsettled => Queue.Count(r => !r.IsSettled);

    public IReadOnlyList<QueueRowEnd> DeadLetters => [.. Queue.Where(r => r.Status == QueueStatus.DeadLettered)];

    public int Unexplained => DeadLetters.Count(r => r.LastError is null);

    /// <summary>Storm fault classes that never happened: each must, or the run proved nothing about it.</summary>
    public IReadOnlyList<string> MissingFaults =>
    [
        .. ChaosFaults.MarketoCodes.Keys.Append("607").Where(code => MarketoCodes.GetValueOrDefault(code) == 0).Select(code => $"Marketo {code}"),
        .. MarketoDropped == 0 ? ["Marketo dropped connection"] : Array.Empty<string>(),
        .. MarketoAbandoned == 0 ? ["Marketo call timed out"] : Array.Empty<string>(),
        .. new[] { ChaosFaults.RequestLimit, ChaosFaults.ExecutionTimeLimit }.Where(code => DataverseThrottles.GetValueOrDefault(code) == 0).Select(code => $"Dataverse 429 {code}"),
        .. DataverseUnavailable == 0 ? ["Dataverse 503"] : Array.Empty<string>(),
        .. DataverseDropped == 0 ? ["Dataverse dropped connection"] : Array.Empty<string>(),
    ];

    public bool Passed =>
        Converged && Lost.Count == 0 && Duplicated.Count == 0 && Dangling.Count == 0 && OtherDifferences.Count == 0 && Unsettled == 0
        && Unexplained == 0 && GaveUp.Count == 0 && MsiDifferences.Count == 0 && Kills >= Options.Kills && MissingFaults.Count == 0
        && Backfills.All(b => b.EndsWith("exit 0", StringComparison.Ordinal));

    /// <summary>Compares Marketo with the CRM state and reads the emulators' counts.</summary>
    public static ChaosResult Judge(ChaosOptions options, DataverseEmulator dataverse, MarketoEmulator marketo)
    {
        var org = dataverse.Organization;
        var cover = DeadLetterCover.Of(org);
        var projection = MarketoProjection.Of(org);

        // Persons are never deleted by the sync (the Keep policy of leads and contacts): one whose row no longer gives
        // a person (deleted, merged away, its address gone or now a contact's) may stay in Marketo.
        // So may the roles of such a person: they name a person Marketo still has.
        var held = MarketoStoreState.Of(marketo.Store);
        var persons = projection.Of(MarketoObjectKind.Person).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var keptPersons = held.Of(MarketoObjectKind.Person).Select(p => (p.Kind, p.Key));
        var keptRoles = held.Of(MarketoObjectKind.OpportunityRole).Where(r => !persons.Contains(r.Key.Split('/')[1])).Select(r => (r.Kind, r.Key));
        var expected = new MarketoState(projection.Objects, [.. projection.MayExist, .. keptPersons, .. keptRoles], projection.Dangling);
        var differences = ProjectionComparison.Compare(cover.Without(expected), cover.Without(held));
        bool Is(string difference, string start) => difference.StartsWith(start, StringComparison.Ordinal);
        var lost = differences.Where(d => Is(d, "Missing in Marketo")).ToList();
        var duplicated = differences.Where(d => d.Contains(" copies of ", StringComparison.Ordinal)).ToList();
        var danglingRefs = marketo.Store.DanglingReferences;
        var coveredDangling = danglingRefs.Where(cover.Covers)
            .Select(d => $"Marketo refers to an object it lacks: {d}.").ToHashSet(StringComparer.Ordinal);
        var dangling = differences.Where(d => Is(d, "Marketo refers to an object it lacks") && !coveredDangling.Contains(d)).ToList();
        var statuses = dataverse.Traffic.ResponsesByStatus;
        return new ChaosResult
        {
            Options = options,
            Lost = lost, Duplicated = duplicated, Dangling = dangling,
            OtherDifferences = [.. differences.Except(lost).Except(duplicated).Except(dangling).Except(coveredDangling)],
            Queue = QueueRowEnd.Read(org),
            GaveUp = cover.GaveUp,
            CoveredRecords = cover.Records,
            MsiDifferences = MsiMismatches(org, marketo, cover),
            SyncedPersons = PersonsWithRows(org, marketo, cover).Count,
            MarketoCodes = marketo.Traffic.CallsByErrorCode,
            MarketoCalls = marketo.Traffic.TotalCalls,
            MarketoIdentityCalls = marketo.Traffic.IdentityCalls,
            MarketoDropped = marketo.Traffic.DroppedConnections,
            MarketoAbandoned = marketo.Traffic.AbandonedCalls,
            DataverseThrottles = dataverse.Traffic.ThrottledByCode,
            DataverseUnavailable = statuses.GetValueOrDefault(503),
            DataverseDropped = dataverse.Traffic.DroppedConnections,
            DataverseRequests = dataverse.Traffic.ServiceProtectionRequests,
            DataverseOperations = dataverse.Traffic.EntitlementOperations,
            DataverseHttpRequests = dataverse.Traffic.TotalRequests,
        };
    }

    /// <summary>Every synced person's MSI columns that differ from Marketo's, in words.</summary>
    public static IReadOnlyList<string> MsiMismatches(InMemoryOrganization org, MarketoEmulator marketo, DeadLetterCover? cover = null) =>
        [.. PersonsWithRows(org, marketo, cover ?? DeadLetterCover.Of(org)).SelectMany(p => SandboxWriteBack.Mismatches(p.Lead, p.Row))];

    /// <summary>
    /// Marketo persons whose external person id names a lead or contact that still exists and was not merged away (its
    /// master stands for the person now), with that row; not one whose latest change ended dead-lettered or unsent (its row
    /// may not carry the Marketo lead id the write-back finds it by, e.g. when a push landed in Marketo, the worker was
    /// killed before writing the id, and the retry met an error in the data).
    /// </summary>
    private static List<(Lead Lead, Microsoft.Xrm.Sdk.Entity Row)> PersonsWithRows(InMemoryOrganization org, MarketoEmulator marketo, DeadLetterCover cover) =>
    [
        .. marketo.Store.Leads
            .Select(l => (Lead: l, Row: Guid.TryParse(l.ExternalPersonId, out var id)
                ? org.Find(DataverseSchema.Lead.EntityName, id) ?? org.Find(DataverseSchema.Contact.EntityName, id)
                : null))
            .Where(p => p.Row is not null && !MarketoProjection.IsMerged(p.Row) && !cover.Covers(MarketoObjectKind.Person, p.Row.Id))
            .Select(p => (p.Lead, p.Row!)),
    ];
}
