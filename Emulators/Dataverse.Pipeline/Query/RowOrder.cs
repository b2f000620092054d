using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Query;

/// <summary>
/// The sort of a query's rows: its order columns, each ascending or descending, compared as
/// <see cref="ValueComparer.CompareNullable"/> does (nulls first ascending). Also sorts a secondary index's
/// rows and compares a row with a paging cookie's position.
/// </summary>
internal sealed class RowOrder(IReadOnlyList<(string Column, bool Descending)> keys) : IComparer<Entity>
{
    public IReadOnlyList<(string Column, bool Descending)> Keys { get; } = keys;

    public static RowOrder Of(IEnumerable<OrderExpression> orders) =>
        new([.. orders.Select(o => (o.AttributeName, o.OrderType == OrderType.Descending))]);

    public int Compare(Entity? x, Entity? y)
    {
        foreach (var (column, descending) in Keys)
        {
            var order = ValueComparer.CompareNullable(ValueOf(x, column), ValueOf(y, column));
            if (order != 0)
            {
                return descending ? -order : order;
            }
        }

        return 0;
    }

    /// <summary>True when both sort by the same columns the same way.</summary>
    public bool SameAs(RowOrder other) => Keys.SequenceEqual(other.Keys);

    private static object? ValueOf(Entity? row, string column) =>
        row is not null && row.Attributes.TryGetValue(column, out var value) ? value : null;
}
