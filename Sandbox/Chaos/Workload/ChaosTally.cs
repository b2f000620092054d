using System.Globalization;

namespace MsiDynamics.Sandbox.Chaos.Workload;

/// <summary>
/// What a chaos workload did: the operations that ran, by kind; those the organisation refused (a record another user
/// had just deleted or closed, a fault injected into the pipeline), with the first reasons; those that found nothing
/// to act on; and each user's sequence of drawn kinds, which depends on the seed only. Thread-safe while it is filled.
/// </summary>
internal sealed class ChaosTally
{
    /// <summary>How many refusal messages are kept.</summary>
    public const int KeptReasons = 10;

    private readonly object _gate = new();
    private readonly Dictionary<ChaosOperationKind, int> _counts = [];
    private readonly Dictionary<ChaosOperationKind, int> _refusedByKind = [];
    private readonly List<string> _reasons = [];
    private readonly List<string> _notes = [];
    private readonly List<ChaosOperationKind>[] _sequences;
    private int _refused;
    private int _skipped;

    public ChaosTally(int users)
    {
        _sequences = [.. Enumerable.Range(0, users).Select(_ => new List<ChaosOperationKind>())];
    }

    /// <summary>Operations that ran, by kind; a kind that never ran is absent.</summary>
    public IReadOnlyDictionary<ChaosOperationKind, int> Counts
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<ChaosOperationKind, int>(_counts);
            }
        }
    }

    /// <summary>Operations the organisation refused (each threw; nothing was thrown on).</summary>
    public int Refused
    {
        get
        {
            lock (_gate)
            {
                return _refused;
            }
        }
    }

    /// <summary>Refused operations by the kind that was tried.</summary>
    public IReadOnlyDictionary<ChaosOperationKind, int> RefusedByKind
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<ChaosOperationKind, int>(_refusedByKind);
            }
        }
    }

    /// <summary>The first <see cref="KeptReasons"/> refusals: kind, exception type and message.</summary>
    public IReadOnlyList<string> RefusedReasons
    {
        get
        {
            lock (_gate)
            {
                return [.. _reasons];
            }
        }
    }

    /// <summary>Messages about the run that are no operation, such as a sync setting left off.</summary>
    public IReadOnlyList<string> Notes
    {
        get
        {
            lock (_gate)
            {
                return [.. _notes];
            }
        }
    }

    /// <summary>Drawn operations that found no record in a state to act on (no open opportunity to win, say).</summary>
    public int Skipped
    {
        get
        {
            lock (_gate)
            {
                return _skipped;
            }
        }
    }

    /// <summary>Every drawn operation: ran, refused or skipped.</summary>
    public int Total
    {
        get
        {
            lock (_gate)
            {
                return _counts.Values.Sum() + _refused + _skipped;
            }
        }
    }

    /// <summary>The kinds each user drew, in order: the same for the same seed, whatever the other users did.</summary>
    public IReadOnlyList<IReadOnlyList<ChaosOperationKind>> Sequences
    {
        get
        {
            lock (_gate)
            {
                return [.. _sequences.Select(s => (IReadOnlyList<ChaosOperationKind>)[.. s])];
            }
        }
    }

    public void Drew(int user, ChaosOperationKind kind)
    {
        lock (_gate)
        {
            _sequences[user].Add(kind);
        }
    }

    public void Ran(ChaosOperationKind kind)
    {
        lock (_gate)
        {
            _counts[kind] = _counts.GetValueOrDefault(kind) + 1;
        }
    }

    public void Skip()
    {
        lock (_gate)
        {
            _skipped++;
        }
    }

    public void Refuse(ChaosOperationKind kind, Exception exception)
    {
        lock (_gate)
        {
            _refused++;
            _refusedByKind[kind] = _refusedByKind.GetValueOrDefault(kind) + 1;
            if (_reasons.Count < KeptReasons)
            {
                _reasons.Add($"{kind}: {exception.GetType().Name}: {exception.Message}");
            }
        }
    }

    /// <summary>Keeps a message about the run that is no operation (a setting the end of the run could not restore).</summary>
    public void Note(string message)
    {
        lock (_gate)
        {
            _notes.Add(message);
        }
    }

    /// <summary>
    /// The report: "10,000 operations: 2,200 creates, 4,800 updates, …, 12 refused, 3 skipped", then one line per kind
    /// and the first refusals.
    /// </summary>
    public IReadOnlyList<string> Lines()
    {
        lock (_gate)
        {
            var groups = _counts.GroupBy(c => ChaosOperationKinds.GroupOf(c.Key))
                .Select(g => (Group: g.Key, Count: g.Sum(c => c.Value)))
                .OrderByDescending(g => g.Count).ThenBy(g => g.Group, StringComparer.Ordinal)
                .Select(g => $"{N(g.Count)} {Plural(g.Group, g.Count)}");
            var total = _counts.Values.Sum() + _refused + _skipped;
            var lines = new List<string>
            {
                $"{N(total)} operations: {string.Join(", ", groups.Append($"{N(_refused)} refused").Append($"{N(_skipped)} skipped"))}",
            };
            lines.AddRange(ChaosOperationKinds.All.Select(kind =>
                $"  {kind}: {N(_counts.GetValueOrDefault(kind))}"
                + (_refusedByKind.GetValueOrDefault(kind) is > 0 and var refused ? $" ({N(refused)} refused)" : string.Empty)));
            lines.AddRange(_reasons.Select(reason => "  refused " + reason));
            lines.AddRange(_notes.Select(note => "  " + note));
            return lines;
        }
    }

    public override string ToString() => string.Join(Environment.NewLine, Lines());

    private static string N(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Plural(string group, int count) => count == 1 ? group : group + "s";
}
