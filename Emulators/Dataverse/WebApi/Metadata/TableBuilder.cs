using MsiDynamics.Schema;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

/// <summary>
/// Declares a table's columns in a few lines per table. Every table gets its key, createdon/modifiedon,
/// createdby/modifiedby and versionnumber (read-only, as the platform fills them); <see cref="Owned"/> adds
/// ownerid, <see cref="State"/> statecode and statuscode with their labels.
/// </summary>
internal sealed class TableBuilder
{
    private readonly List<ColumnMetadata> _columns = [];
    private readonly string _logicalName;
    private readonly string _entitySetName;
    private string? _alternateKey;
    private string? _primaryName;
    private bool _bulk;

    public TableBuilder(string logicalName, string entitySetName)
    {
        _logicalName = logicalName;
        _entitySetName = entitySetName;
        Add(new ColumnMetadata(logicalName + "id", ColumnType.Guid));
        Add(new ColumnMetadata("createdon", ColumnType.DateTime) { ReadOnly = true });
        Add(new ColumnMetadata("modifiedon", ColumnType.DateTime) { ReadOnly = true });
        Add(new ColumnMetadata("versionnumber", ColumnType.BigInt) { ReadOnly = true });
        Lookup("createdby", DataverseSchema.SystemUser.EntityName, readOnly: true);
        Lookup("modifiedby", DataverseSchema.SystemUser.EntityName, readOnly: true);
    }

    public TableBuilder Text(params string[] names) => Many(names, n => new ColumnMetadata(n, ColumnType.String));

    public TableBuilder Text(string name, int maxLength) => Add(new ColumnMetadata(name, ColumnType.String) { MaxLength = maxLength });

    /// <summary>Text columns of one maximum length (the table reference's MaxLength: dataverse.md §3.4).</summary>
    public TableBuilder Text(int maxLength, params string[] names) =>
        Many(names, n => new ColumnMetadata(n, ColumnType.String) { MaxLength = maxLength });

    /// <summary>A multiline text column (AttributeType Memo).</summary>
    public TableBuilder Memo(string name, int maxLength) =>
        Add(new ColumnMetadata(name, ColumnType.String) { MaxLength = maxLength, IsMemo = true });

    /// <summary>Currency columns with the platform's default precision, 2 (dataverse.md §0.14).</summary>
    public TableBuilder Money(params string[] names) =>
        Many(names, n => new ColumnMetadata(n, ColumnType.Money) { Precision = 2 });

    public TableBuilder Computed(string name) => Add(new ColumnMetadata(name, ColumnType.String) { ReadOnly = true });

    public TableBuilder Of(ColumnType type, params string[] names) => Many(names, n => new ColumnMetadata(n, type));

    /// <summary>A column only the platform writes (ismaster): shown on reads, ignored in writes.</summary>
    public TableBuilder ReadOnly(ColumnType type, string name) => Add(new ColumnMetadata(name, type) { ReadOnly = true });

    public TableBuilder Choice(string name, params (int Value, string Label)[] labels) =>
        Add(new ColumnMetadata(name, ColumnType.Choice) { Labels = labels.ToDictionary(l => l.Value, l => l.Label) });

    /// <summary>A choice whose labels are the names of <typeparamref name="TEnum"/>'s members (the msi_ choices).</summary>
    public TableBuilder Choice<TEnum>(string name)
        where TEnum : struct, Enum =>
        Choice(name, [.. Enum.GetValues<TEnum>().Select(v => (Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture), v.ToString()))]);

    /// <summary>A lookup to one table; its navigation property is its own name.</summary>
    public TableBuilder Lookup(string name, string table, bool readOnly = false) =>
        Add(new ColumnMetadata(name, ColumnType.Lookup) { ReadOnly = readOnly, Targets = [new LookupTarget(table, name)] });

    /// <summary>A customer or polymorphic lookup: one navigation property per table, <c>name_table</c>.</summary>
    public TableBuilder Polymorphic(string name, params string[] tables) =>
        Add(new ColumnMetadata(name, ColumnType.Lookup) { Targets = [.. tables.Select(t => new LookupTarget(t, name + "_" + t))] });

    /// <summary>ownerid: one navigation property, <c>ownerid</c>, for a user or a team (dataverse.md §3.4).</summary>
    public TableBuilder Owned() =>
        Add(new ColumnMetadata("ownerid", ColumnType.Lookup)
        {
            Targets = [new LookupTarget(DataverseSchema.SystemUser.EntityName, "ownerid"), new LookupTarget("team", "ownerid")],
        });

    public TableBuilder State((int, string)[] states, (int, string)[] statuses) =>
        Choice(DataverseSchema.Common.StateCode, states).Choice(DataverseSchema.Common.StatusCode, statuses);

    /// <summary>The primary name column when it is not the convention's (fullname, &lt;prefix&gt;_name, name).</summary>
    public TableBuilder PrimaryName(string column)
    {
        _primaryName = column;
        return this;
    }

    /// <summary>The table supports CreateMultiple, UpdateMultiple and UpsertMultiple (dataverse.md §0.13).</summary>
    public TableBuilder Bulk()
    {
        _bulk = true;
        return this;
    }

    public TableBuilder AlternateKey(string column)
    {
        _alternateKey = column;
        return this;
    }

    public TableMetadata Build()
    {
        CurrencyColumns();
        return new(_logicalName, _entitySetName, _alternateKey, _columns)
        {
            PrimaryNameAttribute = _primaryName ?? ConventionalPrimaryName(),
            SupportsBulkMessages = _bulk,
        };
    }

    // A table with money columns has the row's currency, its exchange rate and each value in the base currency
    // (<money>_base, precision 4), which the platform fills (dataverse.md §0.14; lead, opportunity references).
    private void CurrencyColumns()
    {
        var money = _columns.Where(c => c.Type == ColumnType.Money).Select(c => c.LogicalName).ToList();
        if (money.Count == 0)
        {
            return;
        }

        Lookup(BaseCurrency.Column, BaseCurrency.Table);
        Add(new ColumnMetadata(BaseCurrency.ExchangeRate, ColumnType.Decimal) { ReadOnly = true, Precision = 10 });
        Many(money, n => new ColumnMetadata(n + "_base", ColumnType.Money) { ReadOnly = true, Precision = 4 });
    }

    private string? ConventionalPrimaryName()
    {
        var underscore = _logicalName.IndexOf('_', StringComparison.Ordinal);
        string[] candidates = ["fullname", underscore > 0 ? _logicalName[..(underscore + 1)] + "name" : "name", "name"];
        return candidates.FirstOrDefault(c => _columns.Any(column => column.LogicalName == c));
    }

    private TableBuilder Many(IEnumerable<string> names, Func<string, ColumnMetadata> make)
    {
        foreach (var name in names)
        {
            Add(make(name));
        }

        return this;
    }

    private TableBuilder Add(ColumnMetadata column)
    {
        _columns.RemoveAll(c => c.LogicalName == column.LogicalName);
        _columns.Add(column);
        return this;
    }
}
