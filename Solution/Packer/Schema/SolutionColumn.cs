namespace MsiDynamics.Solution.Packer.Schema;

/// <summary>
/// One column the solution adds: its logical name (from Schema/), kind, length and label. A choice's options are the
/// members of <see cref="Options"/>, so a value retired from the enum (QueueStatus 2) never reaches the solution.
/// </summary>
/// <param name="LogicalName">The column's logical name, a constant of Schema/.</param>
/// <param name="Kind">How Dataverse stores it.</param>
/// <param name="Label">The display name shown to admins.</param>
/// <param name="MaxLength">Text and multiline only: the maximum length in characters (architecture.md §4).</param>
internal sealed record SolutionColumn(string LogicalName, ColumnKind Kind, string Label, int? MaxLength = null)
{
    /// <summary>Choice only: the enum whose members are the options (value and label).</summary>
    public Type? Options { get; init; }

    /// <summary>Lookup only: the logical name of the table it points at.</summary>
    public string? Target { get; init; }

    /// <summary>What the column holds, shown to admins as its description; none when null.</summary>
    public string? Description { get; init; }

    /// <summary>True for the table's primary name column.</summary>
    public bool IsPrimaryName { get; init; }

    /// <summary>Yes/no only: the default (architecture.md §4: <c>msi_enabled</c> defaults to yes).</summary>
    public bool DefaultYes { get; init; }

    /// <summary>The attribute's <c>Type</c> element in Entity.xml.</summary>
    public string XmlType => Kind switch
    {
        ColumnKind.Text => "nvarchar",
        ColumnKind.Multiline => "ntext",
        ColumnKind.WholeNumber => "int",
        ColumnKind.DateTime => "datetime",
        ColumnKind.YesNo => "bit",
        ColumnKind.Choice => "picklist",
        ColumnKind.Lookup => "lookup",
        _ => throw new InvalidOperationException("Unknown column kind " + Kind + "."),
    };

    /// <summary>The choice's options, in value order.</summary>
    public IReadOnlyList<(int Value, string Label)> ChoiceOptions() =>
        Options is null
            ? []
            : [.. Enum.GetValues(Options).Cast<object>()
                .Select(v => (Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture), v.ToString()!))
                .OrderBy(o => o.Item1)];
}
