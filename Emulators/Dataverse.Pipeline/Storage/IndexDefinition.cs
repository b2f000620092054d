namespace MsiDynamics.Emulators.Dataverse.Pipeline.Storage;

/// <summary>
/// A secondary index: the rows of <see cref="Table"/> grouped by the value of <see cref="KeyColumn"/>, each group
/// kept sorted by <see cref="OrderColumns"/> ascending, the primary key last, so a query that names the key's
/// values and sorts that way reads a page by seeking, not by scanning and sorting the table.
/// </summary>
internal sealed record IndexDefinition(string Table, string KeyColumn, IReadOnlyList<string> OrderColumns);
