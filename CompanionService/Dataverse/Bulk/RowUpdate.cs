using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.Transport;

namespace MsiDynamics.CompanionService.Dataverse.Bulk;

/// <summary>
/// The new values of some columns of one existing row, a target of <c>UpdateMultiple</c>. A null value
/// clears the column; a column left out keeps its value.
/// </summary>
/// <param name="Id">The row's primary key.</param>
/// <param name="Columns">Logical column name → JSON value (see <see cref="DataverseJson.Node"/>).</param>
public sealed record RowUpdate(Guid Id, JsonObject Columns)
{
    /// <summary>A target from column values of any supported CLR type.</summary>
    public static RowUpdate Of(Guid id, IEnumerable<KeyValuePair<string, object?>> columns) => new(id, DataverseJson.Row(columns));

    /// <summary>The row id and the column names only; values stay out of logs.</summary>
    public override string ToString() => $"{Id:D} ({string.Join(",", Columns.Select(c => c.Key))})";
}
