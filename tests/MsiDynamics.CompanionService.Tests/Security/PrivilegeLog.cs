using System.Collections.Concurrent;

namespace MsiDynamics.CompanionService.Tests.Security;

/// <summary>The (table, privilege) pairs the worker's requests implied so far; thread-safe.</summary>
internal sealed class PrivilegeLog
{
    /// <summary>The "table" of a privilege that is not a table's (Bulk Delete).</summary>
    public const string NoTable = "";

    private readonly ConcurrentDictionary<(string Table, string Privilege), bool> _used = new();

    public void Add(IEnumerable<(string Table, string Privilege)> privileges)
    {
        foreach (var privilege in privileges)
        {
            _used.TryAdd(privilege, true);
        }
    }

    /// <summary>Table logical name → privileges used on it, each sorted: comparable with the role's list.</summary>
    public IReadOnlyDictionary<string, string[]> ByTable() => _used.Keys
        .Where(p => p.Table != NoTable)
        .GroupBy(p => p.Table, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Privilege).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    /// <summary>The privileges used that belong to no table, sorted.</summary>
    public string[] Miscellaneous() =>
        [.. _used.Keys.Where(p => p.Table == NoTable).Select(p => p.Privilege).Order(StringComparer.Ordinal)];
}
