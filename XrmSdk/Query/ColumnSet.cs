namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The columns to return: all, or the named ones.</summary>
public sealed class ColumnSet
{
    public ColumnSet()
    {
    }

    public ColumnSet(bool allColumns)
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
    {
        AddColumns(columns);
    }

    public bool AllColumns { get; set; }

    public DataCollection<string> Columns { get; set; } = new();

    public void AddColumns(params string[] columns) => Columns.AddRange(columns);

    public void AddColumn(string column) => Columns.Add(column);
}
