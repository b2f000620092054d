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

    /// <summary>Multiline text (AttributeType "Memo"): the same JSON as text, a different type in the metadata.</summary>
    public bool IsMemo { get; init; }

    /// <summary>Digits after the decimal point a money or decimal value is stored with (dataverse.md §0.14); null otherwise.</summary>
    public int? Precision { get; init; }

    /// <summary>Filled by the platform (createdon, versionnumber, fullname …): a client's value is ignored.</summary>
    public bool ReadOnly { get; init; }

    public IReadOnlyList<LookupTarget> Targets { get; init; } = [];

    public IReadOnlyDictionary<int, string> Labels { get; init; } = new Dictionary<int, string>();

    /// <summary>The JSON property: <c>_x_value</c> for a lookup, the logical name otherwise.</summary>
    public string PropertyName => Type == ColumnType.Lookup ? $"_{LogicalName}_value" : LogicalName;

    /// <summary>
    /// The <c>AttributeType</c> EntityDefinitions shows (dataverse.md §3.4): a lookup named ownerid is "Owner", one to
    /// account or contact "Customer", statecode "State", statuscode "Status", other choices "Picklist".
    /// </summary>
    public string AttributeType => Type switch
    {
        ColumnType.String => IsMemo ? "Memo" : "String",
        ColumnType.Integer => "Integer",
        ColumnType.BigInt => "BigInt",
        ColumnType.Decimal => "Decimal",
        ColumnType.Double => "Double",
        ColumnType.Money => "Money",
        ColumnType.Boolean => "Boolean",
        ColumnType.DateTime => "DateTime",
        ColumnType.Guid => "Uniqueidentifier",
        ColumnType.Choice => LogicalName switch { "statecode" => "State", "statuscode" => "Status", _ => "Picklist" },
        _ when LogicalName == "ownerid" => "Owner",
        _ when Targets.Select(t => t.Table).Order().SequenceEqual(["account", "contact"]) => "Customer",
        _ => "Lookup",
    };

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
