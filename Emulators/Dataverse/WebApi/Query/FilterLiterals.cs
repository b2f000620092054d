using MsiDynamics.Emulators.Dataverse.WebApi.Faults;
using MsiDynamics.Emulators.Dataverse.WebApi.Json;
using MsiDynamics.Emulators.Dataverse.WebApi.Metadata;

namespace MsiDynamics.Emulators.Dataverse.WebApi.Query;

/// <summary>
/// Types a <c>$filter</c> literal for the column it is compared with, as OData does: text in quotes, numbers,
/// GUIDs and date-times bare (<c>2026-11-23T10:00:00Z</c>), true/false. A GUID may also be quoted, as Microsoft's
/// own examples write lookup values (filter-rows: <c>_owninguser_value eq '&lt;id&gt;'</c>). Anything else is
/// OData's "incompatible types" error.
/// </summary>
internal static class FilterLiterals
{
    public static object Convert(ColumnMetadata column, FilterToken literal, string operatorKind)
    {
        var text = literal.Text;
        var literalType = TypeOf(literal);
        var fits = (column.Type, literalType) switch
        {
            (ColumnType.String, "Edm.String") => true,
            (ColumnType.Guid or ColumnType.Lookup, "Edm.Guid") => true,
            (ColumnType.Guid or ColumnType.Lookup, "Edm.String") => Guid.TryParse(text, out _),
            (ColumnType.DateTime, "Edm.DateTimeOffset") => true,
            (ColumnType.Boolean, "Edm.Boolean") => true,
            (ColumnType.Integer or ColumnType.Choice or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Money or ColumnType.Double,
                "Edm.Int32" or "Edm.Decimal") => true,
            _ => false,
        };

        if (!fits)
        {
            throw ApiException.BadRequest("A binary operator with incompatible types was detected. Found operand types " +
                $"'{column.EdmType}' and '{literalType}' for operator kind '{operatorKind}'.");
        }

        return ODataValues.FromText(column, text);
    }

    private static string TypeOf(FilterToken literal)
    {
        if (literal.Kind == FilterTokenKind.String)
        {
            return "Edm.String";
        }

        var text = literal.Text;
        return text switch
        {
            "true" or "false" => "Edm.Boolean",
            _ when Guid.TryParseExact(text, "D", out _) => "Edm.Guid",
            _ when text.Length >= 10 && text[4] == '-' && ODataValues.ParseDate(text) is not null => "Edm.DateTimeOffset",
            _ when text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.OrdinalIgnoreCase) => "Edm.Decimal",
            _ => "Edm.Int32",
        };
    }
}
