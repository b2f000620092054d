using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Json;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Rows;

/// <summary>
/// The key in <c>set(key)</c>: a GUID, or the table's alternate key as <c>column='value'</c> (dataverse.md
/// §6 Upsert; msi_syncsetting's msi_entity, architecture.md §4). Finds the row it names, if any.
/// </summary>
internal sealed class RowKey
{
    private RowKey(TableMetadata table, Guid id, ColumnMetadata? column, object? value)
    {
        Table = table;
        Id = id;
        AlternateColumn = column;
        AlternateValue = value;
    }

    public TableMetadata Table { get; }

    /// <summary>The id in the URL; empty for an alternate key.</summary>
    public Guid Id { get; }

    public ColumnMetadata? AlternateColumn { get; }

    public object? AlternateValue { get; }

    public static RowKey Parse(TableMetadata table, string text)
    {
        if (Guid.TryParse(text, out var id))
        {
            return new RowKey(table, id, null, null);
        }

        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var name = equals > 0 ? text[..equals].Trim() : text;
        if (equals < 0 || table.AlternateKey != name || table.Column(name) is not { } column)
        {
            throw ApiException.BadRequest($"The key '{text}' of '{table.EntitySetName}' is neither an id nor its alternate key" +
                (table.AlternateKey is { } key ? $" ({key}='…')." : "."));
        }

        var literal = text[(equals + 1)..].Trim();
        var value = literal.Length >= 2 && literal[0] == '\'' && literal[^1] == '\''
            ? literal[1..^1].Replace("''", "'", StringComparison.Ordinal)
            : literal;
        return new RowKey(table, Guid.Empty, column, ODataValues.FromText(column, value));
    }

    /// <summary>The id of the row the key names, or null when there is none.</summary>
    public Guid? Find(ApiCall call)
    {
        if (AlternateColumn is null)
        {
            return call.Context.Organization.Find(Table.LogicalName, Id) is null ? null : Id;
        }

        var query = new QueryExpression(Table.LogicalName) { ColumnSet = new ColumnSet(Table.PrimaryKey), TopCount = 1 };
        query.Criteria.AddCondition(AlternateColumn.LogicalName, ConditionOperator.Equal, AlternateValue!);
        return call.Service.RetrieveMultiple(query).Entities.FirstOrDefault()?.Id;
    }

    /// <summary>The row a create by this key makes: the id, or the alternate key's column set to its value.</summary>
    public void Stamp(Entity row)
    {
        if (AlternateColumn is null)
        {
            row.Id = Id;
        }
        else
        {
            row.Attributes[AlternateColumn.LogicalName] = AlternateValue;
        }
    }

    /// <summary>The platform's message for a missing row: "lead With Id = … Does Not Exist".</summary>
    public ApiException Missing() => new(404, ErrorCodes.ObjectDoesNotExist, AlternateColumn is null
        ? $"{Table.LogicalName} With Id = {Id:D} Does Not Exist"
        : $"A record with the specified key values does not exist in {Table.LogicalName} entity");
}
