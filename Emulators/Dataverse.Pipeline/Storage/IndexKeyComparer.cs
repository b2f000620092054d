using MsiDynamics.Emulators.Dataverse.Pipeline.Query;

namespace MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

/// <summary>
/// Equality of normalised index keys as <see cref="ValueComparer"/> decides it (text ignoring case, numbers by
/// value). Keys of different kinds are different keys: a query value of another kind than the column's finds
/// no rows through the index.
/// </summary>
internal sealed class IndexKeyComparer : IEqualityComparer<object>
{
    public static readonly IndexKeyComparer Instance = new();

    public new bool Equals(object? x, object? y) =>
        x is not null && y is not null && x.GetType() == y.GetType() && ValueComparer.Compare(x, y) == 0;

    public int GetHashCode(object obj) => obj is string text ? StringComparer.OrdinalIgnoreCase.GetHashCode(text) : obj.GetHashCode();
}
