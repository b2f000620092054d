namespace MsiDynamics.Solution.Packer.Schema;

/// <summary>The kinds of column the solution declares, each written as its Dataverse attribute type.</summary>
internal enum ColumnKind
{
    /// <summary>Single-line text (<c>nvarchar</c>) with a maximum length.</summary>
    Text,

    /// <summary>Multiline text (<c>ntext</c>, a Memo column) with a maximum length.</summary>
    Multiline,

    /// <summary>Whole number (<c>int</c>).</summary>
    WholeNumber,

    /// <summary>Date and time (<c>datetime</c>), user local.</summary>
    DateTime,

    /// <summary>Yes/no (<c>bit</c>).</summary>
    YesNo,

    /// <summary>Choice (<c>picklist</c>) whose options come from an enum of Schema/.</summary>
    Choice,

    /// <summary>Lookup to one table (<c>lookup</c>), with its one-to-many relationship.</summary>
    Lookup,
}
