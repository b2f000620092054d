namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// What the emulator knows about one column: its type, the longest text it accepts, whether a client may
/// write it, the tables a lookup points at and the labels of a choice (for formatted values).
/// </summary>
internal sealed class ColumnMetadata
{
    public ColumnMetadata(string logicalName, ColumnType type)
    {
        LogicalName = logicalName;
        Type = type;
    }

    public string LogicalName { get; }

    public ColumnType Type { get; }

    /// <summary>The longest text a write may carry (Dataverse answers 0x80044331 beyond it); null = not checked.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Filled by the platform (createdon, versionnumber, fullname …): a client's value is ignored.</summary>
    public bool ReadOnly { get; init; }

    public IReadOnlyList<LookupTarget> Targets { get; init; } = [];

    public IReadOnlyDictionary<int, string> Labels { get; init; } = new Dictionary<int, string>();

    /// <summary>The JSON property: <c>_x_value</c> for a lookup, the logical name otherwise.</summary>
    public string PropertyName => Type == ColumnType.Lookup ? $"_{LogicalName}_value" : LogicalName;

    /// <summary>The Edm type named in OData's conversion errors.</summary>
    public string EdmType => Type switch
    {
        ColumnType.String => "Edm.String",
        ColumnType.Integer or ColumnType.Choice => "Edm.Int32",
        ColumnType.BigInt => "Edm.Int64",
        ColumnType.Decimal or ColumnType.Money => "Edm.Decimal",
        ColumnType.Double => "Edm.Double",
        ColumnType.Boolean => "Edm.Boolean",
        ColumnType.DateTime => "Edm.DateTimeOffset",
        _ => "Edm.Guid",
    };
}
