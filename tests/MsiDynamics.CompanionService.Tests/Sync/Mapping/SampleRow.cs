using System.Text.Json;
using System.Text.Json.Nodes;
using MsiDynamics.CompanionService.Dataverse.OData;

namespace MsiDynamics.CompanionService.Tests.Sync.Mapping;

/// <summary>
/// A Dynamics row as the Web API answers it, built column by column: a lookup becomes <c>_x_value</c> with its table,
/// a choice its value with its label. Each JSON property remembers its column, so the row can be cut down to some
/// columns only.
/// </summary>
internal sealed class SampleRow
{
    private readonly List<(string Column, string Property, JsonNode? Value)> _properties = [];

    public static Guid NewId() => Guid.NewGuid();

    public SampleRow Set(string column, object? value)
    {
        _properties.Add((column, column, value is null ? null : JsonValue.Create(value)));
        return this;
    }

    public SampleRow Lookup(string column, string table, Guid id, string? name = null)
    {
        var property = ODataAnnotations.LookupValue(column);
        _properties.Add((column, property, JsonValue.Create(id.ToString("D"))));
        _properties.Add((column, property + ODataAnnotations.LookupLogicalName, JsonValue.Create(table)));
        if (name is not null)
        {
            _properties.Add((column, property + ODataAnnotations.FormattedValue, JsonValue.Create(name)));
        }

        return this;
    }

    public SampleRow Choice(string column, int value, string label)
    {
        _properties.Add((column, column, JsonValue.Create(value)));
        _properties.Add((column, column + ODataAnnotations.FormattedValue, JsonValue.Create(label)));
        return this;
    }

    public SampleRow Without(string column)
    {
        _properties.RemoveAll(p => p.Column == column);
        return this;
    }

    /// <summary>The row with <paramref name="column"/> null, as the Web API answers an empty column.</summary>
    public SampleRow Cleared(string column) => Without(column).Set(column, null);

    /// <summary>The columns this row holds.</summary>
    public IEnumerable<string> Columns => _properties.Select(p => p.Column).Distinct();

    /// <summary>The row with every column, or only <paramref name="only"/> when given.</summary>
    public DataverseRow Build(IEnumerable<string>? only = null)
    {
        var keep = only?.ToHashSet(StringComparer.Ordinal);
        var json = new JsonObject();
        foreach (var (column, property, value) in _properties.Where(p => keep is null || keep.Contains(p.Column)))
        {
            json[property] = value?.DeepClone();
        }

        using var document = JsonDocument.Parse(json.ToJsonString());
        return new DataverseRow(document.RootElement.Clone());
    }

    /// <summary>
    /// The row as a read with <paramref name="select"/> answers it: the selected properties with their annotations.
    /// </summary>
    public DataverseRow Selected(IEnumerable<string> select)
    {
        var names = select.ToHashSet(StringComparer.Ordinal);
        var columns = _properties.Where(p => names.Contains(p.Property.Split('@')[0])).Select(p => p.Column);
        return Build(columns);
    }

    public SampleRow Copy()
    {
        var copy = new SampleRow();
        copy._properties.AddRange(_properties);
        return copy;
    }
}
