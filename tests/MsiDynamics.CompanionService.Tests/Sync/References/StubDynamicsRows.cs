using MsiDynamics.CompanionService.Sync.Collapse;
using MsiDynamics.CompanionService.Sync.References;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Sync.References;

/// <summary>A Dynamics holding the rows added to it, each with what it refers to.</summary>
internal sealed class StubDynamicsRows : IReferencedRows
{
    private readonly Dictionary<RecordKey, IReadOnlyList<RecordKey>> _rows = [];

    public static RecordKey Key(string table, int n) => new(table, RecordId.From(new Guid(n, 0, 0, new byte[8]), "test id"));

    public void Add(RecordKey record, params RecordKey[] references) => _rows[record] = references;

    public Task<IReadOnlyDictionary<RecordKey, IReadOnlyList<RecordKey>>> ReadAsync(
        IReadOnlyList<RecordKey> records, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<RecordKey, IReadOnlyList<RecordKey>> found =
            records.Where(_rows.ContainsKey).ToDictionary(r => r, r => _rows[r]);
        return Task.FromResult(found);
    }
}
