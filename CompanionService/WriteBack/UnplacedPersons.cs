namespace MsiDynamics.CompanionService.WriteBack;

/// <summary>
/// Marketo leads whose MSI activity the incremental write-back read while no Dynamics row carried their id, kept for the
/// life of the process so that the drain, when it writes such a lead's id to a person row, brings its values at once
/// (docs/writeback.md). Most are Marketo persons the CRM never knows (a form fill), so the set is bounded: at most
/// <see cref="Capacity"/> ids, each for <see cref="Lifetime"/>, and emptied when one more would not fit. Forgetting only
/// leaves a value to the nightly reconcile.
/// </summary>
internal sealed class UnplacedPersons(TimeProvider time)
{
    /// <summary>Ids kept before the set starts over: about 0.5 MB.</summary>
    public const int Capacity = 10_000;

    /// <summary>How long an id is kept: a push whose id is written later than this is the reconcile's.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly Dictionary<long, DateTimeOffset> _seen = [];
    private readonly Lock _lock = new();

    /// <summary>How many ids are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _seen.Count;
            }
        }
    }

    /// <summary>Remembers <paramref name="marketoLeadIds"/>, read in the activity stream and found on no Dynamics row.</summary>
    public void Remember(IEnumerable<long> marketoLeadIds)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            foreach (var id in marketoLeadIds)
            {
                if (_seen.Count >= Capacity && !_seen.ContainsKey(id))
                {
                    _seen.Clear();
                }

                _seen[id] = now;
            }
        }
    }

    /// <summary>Whether <paramref name="marketoLeadId"/> was remembered within <see cref="Lifetime"/>; it is forgotten either way.</summary>
    public bool Take(long marketoLeadId)
    {
        lock (_lock)
        {
            return _seen.Remove(marketoLeadId, out var seenOn) && time.GetUtcNow() - seenOn < Lifetime;
        }
    }
}
